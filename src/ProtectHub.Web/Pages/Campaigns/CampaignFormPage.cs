using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Campaigns;

/// <summary>The campaign fields (<c>_CampaignFields</c>) shared by starting and changing a campaign.</summary>
public abstract class CampaignFormPage(EngagementDirectory lists) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Aims { get; set; }
    [BindProperty] public string? NationalCampaignId { get; set; }
    [BindProperty] public DateInput StartsOn { get; set; } = new();
    [BindProperty] public DateInput EndsOn { get; set; } = new();
    [BindProperty] public List<string> AudienceTypes { get; set; } = [];
    [BindProperty] public List<string> ForceCodes { get; set; } = [];
    [BindProperty] public List<string> TopicIds { get; set; } = [];

    public IReadOnlyList<SelectListItem> NationalCampaigns { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Audiences => Materials.MaterialFormPage.Audiences;

    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    protected string RegionCode => User.FindFirstValue(ProtectHubClaims.Region) ?? "";

    protected CampaignForm Form()
    {
        var (starts, startError) = StartsOn.Parse("The start date");
        if (startError is not null)
        {
            ModelState.AddModelError(nameof(StartsOn), startError);
        }

        var (ends, endError) = EndsOn.Parse("The end date");
        if (endError is not null)
        {
            ModelState.AddModelError(nameof(EndsOn), endError);
        }

        return new CampaignForm(Title, Aims, Guid.TryParse(NationalCampaignId, out var n) ? n : null, starts, ends,
            AudienceTypes.Select(ListValue.Parse<AudienceType>).OfType<AudienceType>().ToList(), ForceCodes,
            TopicIds.Select(t => Guid.TryParse(t, out var g) ? g : (Guid?)null).OfType<Guid>().ToList());
    }

    protected void Fill(Campaign c)
    {
        (Title, Aims, NationalCampaignId) = (c.Title, c.Aims, c.NationalCampaignId?.ToString());
        (StartsOn, EndsOn) = (DateInput.From(c.StartsOn), DateInput.From(c.EndsOn));
        AudienceTypes = c.AudienceTypes.Select(a => a.ToString()).ToList();
        ForceCodes = [.. c.ForceCodes];
        TopicIds = c.TopicIds.Select(t => t.ToString()).ToList();
    }

    protected async Task LoadChoicesAsync()
    {
        NationalCampaigns = (await lists.ListAsync(ManagedListKind.Campaign)).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
        Topics = (await lists.ListAsync(ManagedListKind.Topic)).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
        Forces = Core.Regions.PoliceReferenceData.ForcesOf(RegionCode).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
    }
}
