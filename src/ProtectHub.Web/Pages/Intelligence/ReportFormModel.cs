using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>The report form shared by writing a report and changing a draft (<c>_ReportFields</c>).</summary>
public abstract class ReportFormModel(IntelligenceDrafting drafting, IntelligenceRequirements requirements) : IntelligencePageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? OwningTeam { get; set; }
    [BindProperty] public string? SourceType { get; set; }
    [BindProperty] public string? SourceOrganisationId { get; set; }
    [BindProperty] public string? SourceDescription { get; set; }
    [BindProperty] public string? SourceEvaluation { get; set; }
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public string? Handling { get; set; }
    [BindProperty] public string? HandlingConditions { get; set; }
    [BindProperty] public string? FullText { get; set; }
    [BindProperty] public string? SanitisedText { get; set; }
    [BindProperty] public string? Subjects { get; set; }
    [BindProperty] public List<string> ThreatCategories { get; set; } = [];
    [BindProperty] public List<string> Sectors { get; set; } = [];
    [BindProperty] public List<string> ForceCodes { get; set; } = [];
    [BindProperty] public List<string> RequirementIds { get; set; } = [];

    public IReadOnlyList<SelectListItem> Teams => IntelligenceChoices.TeamsOf(Actor);
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Requirements { get; private set; } = [];

    protected async Task LoadChoicesAsync()
    {
        Organisations = (await drafting.SourceOrganisationsAsync()).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        Requirements = (await requirements.OfRegionAsync()).Select(r => new SelectListItem($"{r.Code}: {r.Title} ({(r.IsNational ? "national" : "regional")}, {r.Priority.ToString().ToLowerInvariant()} priority)", r.Id.ToString())).ToList();
    }

    protected ReportForm Form => new()
    {
        Title = Title,
        OwningTeam = Parse<Team>(OwningTeam),
        SourceType = Parse<IntelligenceSourceType>(SourceType),
        SourceOrganisationId = Guid.TryParse(SourceOrganisationId, out var organisation) ? organisation : null,
        SourceDescription = SourceDescription,
        SourceEvaluation = Parse<Core.Intelligence.SourceEvaluation>(SourceEvaluation),
        Assessment = Parse<IntelligenceAssessment>(Assessment),
        Handling = Parse<HandlingCode>(Handling),
        HandlingConditions = HandlingConditions,
        FullText = FullText,
        SanitisedText = SanitisedText,
        Subjects = Subjects,
        ThreatCategories = ThreatCategories,
        Sectors = Sectors,
        ForceCodes = ForceCodes,
        RequirementIds = RequirementIds,
    };

    protected void Fill(ReportForm form)
    {
        Title = form.Title;
        OwningTeam = form.OwningTeam?.ToString();
        SourceType = form.SourceType?.ToString();
        SourceOrganisationId = form.SourceOrganisationId?.ToString();
        SourceDescription = form.SourceDescription;
        SourceEvaluation = form.SourceEvaluation?.ToString();
        Assessment = form.Assessment?.ToString();
        Handling = form.Handling?.ToString();
        HandlingConditions = form.HandlingConditions;
        FullText = form.FullText;
        SanitisedText = form.SanitisedText;
        Subjects = form.Subjects;
        ThreatCategories = [.. form.ThreatCategories];
        Sectors = [.. form.Sectors];
        ForceCodes = [.. form.ForceCodes];
        RequirementIds = [.. form.RequirementIds];
    }
}
