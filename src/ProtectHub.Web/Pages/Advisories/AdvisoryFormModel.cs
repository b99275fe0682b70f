using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Pages.Advisories;

/// <summary>The advisory form shared by writing and changing one (<c>_AdvisoryFields</c>).</summary>
public abstract class AdvisoryFormModel : AdvisoryPageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? RecommendedActions { get; set; }
    [BindProperty] public string? Severity { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? TlpMarking { get; set; }
    [BindProperty] public List<string> Sectors { get; set; } = [];
    [BindProperty] public List<string> ForceCodes { get; set; } = [];
    [BindProperty] public string? Indicators { get; set; }
    [BindProperty] public List<string> Community { get; set; } = [];
    [BindProperty] public List<string> ToMemberships { get; set; } = [];
    [BindProperty] public List<string> ToSectors { get; set; } = [];
    [BindProperty] public List<string> ToSizes { get; set; } = [];
    [BindProperty] public List<string> ToForces { get; set; } = [];
    [BindProperty] public string? ToPeople { get; set; }
    [BindProperty] public string? ChangeSummary { get; set; }
    [BindProperty] public string? IntelligenceReports { get; set; }
    [BindProperty] public string? Lessons { get; set; }

    public virtual bool IsUpdate => false;

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> CommunityChoice { get; } = [new("Members of the regional information-sharing community", "yes")];

    protected AdvisoryForm Form => new()
    {
        Title = Title,
        Summary = Summary,
        Details = Details,
        RecommendedActions = RecommendedActions,
        Severity = Parse<AdvisorySeverity>(Severity),
        Source = Parse<AdvisorySource>(Source),
        Tlp = Parse<Core.Sharing.TlpMarking>(TlpMarking),
        Sectors = Sectors,
        ForceCodes = ForceCodes,
        Indicators = Indicators,
        ToCommunity = Community.Contains("yes"),
        ToMemberships = ToMemberships,
        ToSectors = ToSectors,
        ToSizes = ToSizes,
        ToForces = ToForces,
        ToPeople = ToPeople,
        ChangeSummary = ChangeSummary,
        IntelligenceReports = IntelligenceReports,
        Lessons = Lessons,
    };

    protected void Fill(AdvisoryForm f)
    {
        (Title, Summary, Details, RecommendedActions, Severity, Source, TlpMarking) = (f.Title, f.Summary, f.Details, f.RecommendedActions, f.Severity?.ToString(), f.Source?.ToString(), f.Tlp?.ToString());
        (Sectors, ForceCodes, Indicators, Community, ToMemberships) = ([.. f.Sectors], [.. f.ForceCodes], f.Indicators, f.ToCommunity ? ["yes"] : [], [.. f.ToMemberships]);
        (ToSectors, ToSizes, ToForces, ToPeople, ChangeSummary) = ([.. f.ToSectors], [.. f.ToSizes], [.. f.ToForces], f.ToPeople, f.ChangeSummary);
        (IntelligenceReports, Lessons) = (f.IntelligenceReports, f.Lessons);
    }
}
