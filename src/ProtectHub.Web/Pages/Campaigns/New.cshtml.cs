using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Campaigns;

public sealed class NewModel(CampaignPlanning planning, EngagementDirectory lists) : CampaignFormPage(lists)
{
    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var form = Form();
        var (campaign, errors) = await planning.CreateAsync(form, Me, MyName, RegionCode);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || campaign is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = "Campaign started: plan its posts and engagements";
        return Redirect(Links.Campaign(campaign.Id));
    }
}
