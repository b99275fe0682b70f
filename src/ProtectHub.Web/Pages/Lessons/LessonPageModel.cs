using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Lessons;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.Pages.Prevent;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Lessons;

/// <summary>What every lessons page needs: who is acting, whether they review, and the region's lesson loaded for the route.</summary>
public abstract class LessonPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    public bool IsReviewer => User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));

    public Lesson Lesson => HttpContext.GetRecord<Lesson>();

    public static IReadOnlyList<SelectListItem> AttackTypes { get; } = PreventChoices.Of<ThreatCategory>(IntelligenceNames.Of);

    public static IReadOnlyList<SelectListItem> TlpChoices { get; } =
        Enum.GetValues<TlpMarking>().Select(t => new SelectListItem($"{Tlp.Label(t)}: {Tlp.Meaning(t)}", t.ToString())).ToList();

    public static string StatusName(LessonStatus status) => status switch
    {
        LessonStatus.Draft => "Draft",
        LessonStatus.SubmittedForReview => "Waiting for review",
        LessonStatus.Published => "Published",
        _ => "Withdrawn",
    };

    protected static T? Parse<T>(string? value) where T : struct, Enum => GovUk.ListValue.Parse<T>(value);
}
