using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Web.Pages.Prevent;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>The options of the intelligence forms, in the words users see.</summary>
public static class IntelligenceChoices
{
    public static IReadOnlyList<SelectListItem> SourceTypes { get; } = PreventChoices.Of<IntelligenceSourceType>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Evaluations { get; } = PreventChoices.Of<SourceEvaluation>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Assessments { get; } = PreventChoices.Of<IntelligenceAssessment>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> HandlingCodes { get; } = PreventChoices.Of<HandlingCode>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Categories { get; } = PreventChoices.Of<ThreatCategory>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Statuses { get; } = PreventChoices.Of<IntelligenceStatus>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Destinations { get; } = PreventChoices.Of<DisseminationDestination>(IntelligenceNames.Of);
    public static IReadOnlyList<SelectListItem> Priorities { get; } = PreventChoices.Of<RequirementPriority>(p => p.ToString());
    public static IReadOnlyList<SelectListItem> SubmissionKinds { get; } = PreventChoices.Of<IndustrySubmissionKind>(IntelligenceNames.Of);

    public static IReadOnlyList<SelectListItem> Sectors { get; } =
        PartnerNames.SicSections.Select(s => new SelectListItem($"{s.Key}: {s.Value}", s.Key.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> TeamsOf(IntelligenceActor actor) =>
        Enum.GetValues<Team>().Where(actor.Teams.Contains).Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList();
}
