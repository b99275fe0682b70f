using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>The material fields (<c>_MaterialFields</c>) shared by adding and changing a material, and who is acting.</summary>
public abstract class MaterialFormPage(EngagementDirectory lists) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public List<string> AudienceTypes { get; set; } = [];
    [BindProperty] public List<string> TopicIds { get; set; } = [];
    [BindProperty] public List<string> CampaignIds { get; set; } = [];
    [BindProperty] public bool IsNational { get; set; }
    [BindProperty] public string? Tlp { get; set; }
    [BindProperty] public DateInput ReviewBy { get; set; } = new();
    [BindProperty] public string? VideoUrl { get; set; }

    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Campaigns { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Kinds { get; } = Prevent.PreventChoices.Of<MaterialKind>(MaterialNames.Of);
    public static IReadOnlyList<SelectListItem> Audiences { get; } =
        Enum.GetValues<AudienceType>().Select(a => new SelectListItem(EngagementNames.Of(a), a.ToString())).ToList();
    public static IReadOnlyList<SelectListItem> TlpChoices { get; } =
        Enum.GetValues<TlpMarking>().Select(t => new SelectListItem($"{Core.Sharing.Tlp.Label(t)}: {Core.Sharing.Tlp.Meaning(t)}", t.ToString())).ToList();

    /// <summary>Coordinators and heads of unit may share a material with every region.</summary>
    public bool MayPublishNationally => User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));

    /// <summary>Set when changing: a video's address is shown, a file's version upload is separate.</summary>
    public virtual bool IsChange => false;

    protected MaterialActor Actor => new(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), User.Identity?.Name ?? "", MayPublishNationally);

    protected MaterialForm Form()
    {
        var (reviewBy, error) = ReviewBy.Parse("The review date");
        if (error is not null)
        {
            ModelState.AddModelError(nameof(ReviewBy), error);
        }

        return new MaterialForm(Title, Description, ListValue.Parse<MaterialKind>(Kind),
            AudienceTypes.Select(ListValue.Parse<AudienceType>).OfType<AudienceType>().ToList(), Guids(TopicIds), Guids(CampaignIds),
            IsNational, ListValue.Parse<TlpMarking>(Tlp), reviewBy, VideoUrl);
    }

    protected void Fill(Material m)
    {
        (Title, Description, Kind, IsNational, Tlp, VideoUrl) = (m.Title, m.Description, m.Kind.ToString(), m.IsNational, m.Tlp.ToString(), m.VideoUrl);
        AudienceTypes = m.AudienceTypes.Select(a => a.ToString()).ToList();
        TopicIds = m.TopicIds.Select(t => t.ToString()).ToList();
        CampaignIds = m.CampaignIds.Select(c => c.ToString()).ToList();
        ReviewBy = DateInput.From(m.ReviewBy);
    }

    protected async Task LoadChoicesAsync()
    {
        Topics = (await lists.ListAsync(ManagedListKind.Topic)).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
        Campaigns = (await lists.ListAsync(ManagedListKind.Campaign)).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
    }

    private static List<Guid> Guids(IEnumerable<string> values) => values.Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
}
