using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Campaigns.Records;

public sealed class EditModel(CampaignPlanning planning, EngagementDirectory lists) : CampaignFormPage(lists)
{
    [BindProperty] public long RecordVersion { get; set; }

    public Campaign Campaign => HttpContext.GetRecord<Campaign>();

    public async Task OnGetAsync()
    {
        Fill(Campaign);
        RecordVersion = Campaign.Version;
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var form = Form();
        if (Campaign.Version != RecordVersion)
        {
            ModelState.AddModelError(nameof(Title), "Someone else changed this campaign since you opened it: go back to see their changes, then make yours again");
        }
        else if (ModelState.IsValid)
        {
            ModelState.AddFieldErrors(null, await planning.UpdateAsync(Campaign, form));
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = "Campaign saved";
        return Redirect(Links.Campaign(Campaign.Id));
    }
}
