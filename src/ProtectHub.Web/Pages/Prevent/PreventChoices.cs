using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Regions;

namespace ProtectHub.Web.Pages.Prevent;

/// <summary>The options of the Prevent forms' radios, checkboxes and selects, in the words users see.</summary>
public static class PreventChoices
{
    public static IReadOnlyList<SelectListItem> Of<T>(Func<T, string> name) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(name(v), v.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Sources { get; } = Of<PreventSource>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> AgeBands { get; } = Of<AgeBand>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Behaviours { get; } = Of<ConcernBehaviour>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Levels { get; } = Of<BehaviourLevel>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Platforms { get; } = Of<OnlinePlatform>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Settings { get; } = Of<PreventSetting>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Decisions { get; } = Of<ConsultationDecision>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Deconflictions { get; } = Of<DeconflictionOutcome>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> SafeguardingRoutes { get; } = Of<SafeguardingRoute>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Interventions { get; } = Of<InterventionKind>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Responses { get; } = Of<SubjectResponse>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
        Enum.GetValues<PreventOutcome>().Where(o => o != PreventOutcome.SubjectToInvestigation).Select(o => new SelectListItem(PreventNames.Of(o), o.ToString()))
            .Append(new SelectListItem(PreventNames.Of(PreventOutcome.SubjectToInvestigation), nameof(PreventOutcome.SubjectToInvestigation))).ToList();
    public static IReadOnlyList<SelectListItem> Neurodiversities { get; } = Of<Neurodiversity>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Diagnoses { get; } = Of<DiagnosisStatus>(d => d.ToString());
    public static IReadOnlyList<SelectListItem> LawfulBases { get; } = Of<SpecialCategoryBasis>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> Answers { get; } = Of<ReviewAnswer>(PreventNames.Of);
    public static IReadOnlyList<SelectListItem> PositiveOutcomes { get; } = Of<PositiveOutcome>(PreventNames.Of);

    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "yes"), new("No", "no")];

    public static IReadOnlyList<SelectListItem> ConsentGivers { get; } =
        [new("A parent or carer (under 16)", nameof(ConsentGivenBy.ParentOrCarer)), new("The young person (16 or over)", nameof(ConsentGivenBy.Subject))];

    public static IReadOnlyList<SelectListItem> ForcesOf(string? region) =>
        PoliceReferenceData.ForcesOf(region).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
}
