using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Campaigns.Records;

/// <summary>A campaign: its details, its plan (posts, press, engagements), and its results as a timeline chart and a table.</summary>
public sealed class DetailsModel(CampaignPlanning planning, CampaignResults results, EngagementDirectory lists) : PageModel
{
    [BindProperty] public string? EngagementId { get; set; }

    public Campaign Campaign => HttpContext.GetRecord<Campaign>();
    public IReadOnlyList<CampaignPost> Posts { get; private set; } = [];
    public IReadOnlyList<Engagement> Engagements { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Linkable { get; private set; } = [];
    public CampaignFigures Figures { get; private set; } = null!;
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public string? NationalCampaign { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostLinkAsync()
    {
        ModelState.AddFieldErrors(null, await planning.LinkEngagementAsync(Campaign, Guid.TryParse(EngagementId, out var id) ? id : Guid.Empty));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Engagement added to the campaign";
        return Redirect(Links.Campaign(Campaign.Id));
    }

    public async Task<IActionResult> OnPostUnlinkAsync()
    {
        if (!Guid.TryParse(EngagementId, out var id) || !await planning.UnlinkEngagementAsync(Campaign, id))
        {
            return NotFound();
        }

        TempData["Success"] = "Engagement taken out of the campaign";
        return Redirect(Links.Campaign(Campaign.Id));
    }

    private async Task LoadAsync()
    {
        var c = Campaign;
        Posts = await planning.PostsAsync(c.Id);
        Engagements = await planning.EngagementsAsync(c.Id);
        Linkable = (await planning.LinkableEngagementsAsync(c)).Select(e => new SelectListItem($"{e.Title}, {e.StartsAt.ToUkShortDate()}", e.Id.ToString())).ToList();
        Figures = await results.OfAsync(c);
        var items = await lists.ListItemsAsync(c.TopicIds.Append(c.NationalCampaignId ?? Guid.Empty).ToList());
        Topics = items.Where(i => i.Kind == ManagedListKind.Topic).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        NationalCampaign = items.FirstOrDefault(i => i.Id == c.NationalCampaignId)?.Name;
    }
}
