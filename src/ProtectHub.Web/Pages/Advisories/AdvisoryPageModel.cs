using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.Pages.Prevent;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Advisories;

/// <summary>What every advisory page needs: who is acting, whether they approve, the advisory loaded for the route, and the lists.</summary>
public abstract class AdvisoryPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    public bool IsSupervisor => User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));

    public Advisory Advisory => HttpContext.GetRecord<Advisory>();

    public string? RegionCode => User.FindFirst(Access.ProtectHubClaims.Region)?.Value;

    public static IReadOnlyList<SelectListItem> Severities { get; } = PreventChoices.Of<AdvisorySeverity>(s => s.ToString());
    public static IReadOnlyList<SelectListItem> Sources { get; } = PreventChoices.Of<AdvisorySource>(NameOf);
    public static IReadOnlyList<SelectListItem> TlpChoices { get; } = Lessons.LessonPageModel.TlpChoices;
    public static IReadOnlyList<SelectListItem> Memberships { get; } = PreventChoices.Of<MembershipKind>(PartnerNames.Of);
    public static IReadOnlyList<SelectListItem> Sizes { get; } = PreventChoices.Of<SizeBand>(PartnerNames.Of);

    public static string NameOf(AdvisorySource source) => source switch
    {
        AdvisorySource.Ncsc => "National Cyber Security Centre",
        AdvisorySource.Nca => "National Crime Agency",
        AdvisorySource.NationalFraudIntelligenceBureau => "National Fraud Intelligence Bureau",
        AdvisorySource.OwnInvestigation => "Our own investigation",
        _ => "A partner",
    };

    public static string StatusName(AdvisoryStatus status) => status switch
    {
        AdvisoryStatus.Draft => "Draft",
        AdvisoryStatus.AwaitingApproval => "Waiting for approval",
        AdvisoryStatus.Approved => "Approved, not yet issued",
        AdvisoryStatus.Issued => "Issued",
        _ => "Withdrawn",
    };

    public static string Colour(AdvisoryStatus status) => status switch
    {
        AdvisoryStatus.Issued => "green",
        AdvisoryStatus.AwaitingApproval or AdvisoryStatus.Approved => "yellow",
        AdvisoryStatus.Withdrawn => "grey",
        _ => "blue",
    };

    protected static T? Parse<T>(string? value) where T : struct, Enum => GovUk.ListValue.Parse<T>(value);
}
