using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Intelligence;

/// <summary>A report as written on the form; list values already read strictly by the page.</summary>
public sealed record ReportForm
{
    public string? Title { get; init; }
    public Team? OwningTeam { get; init; }
    public IntelligenceSourceType? SourceType { get; init; }
    public Guid? SourceOrganisationId { get; init; }
    public string? SourceDescription { get; init; }
    public SourceEvaluation? SourceEvaluation { get; init; }
    public IntelligenceAssessment? Assessment { get; init; }
    public HandlingCode? Handling { get; init; }
    public string? HandlingConditions { get; init; }
    public string? FullText { get; init; }
    public string? SanitisedText { get; init; }
    public IReadOnlyList<string> ThreatCategories { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> ForceCodes { get; init; } = [];
    public IReadOnlyList<string> RequirementIds { get; init; } = [];

    /// <summary>Subjects and entities, one a line ("domain: evil.example", or just the value when its shape says what it is).</summary>
    public string? Subjects { get; init; }

    public static ReportForm Of(IntelligenceReport report, IEnumerable<IntelligenceSubject> subjects) => new()
    {
        Title = report.Title,
        OwningTeam = report.OwningTeam,
        SourceType = report.SourceType,
        SourceOrganisationId = report.SourceOrganisationId,
        SourceDescription = report.SourceDescription,
        SourceEvaluation = report.SourceEvaluation,
        Assessment = report.Assessment,
        Handling = report.Handling,
        HandlingConditions = report.HandlingConditions,
        FullText = report.FullText,
        SanitisedText = report.SanitisedText,
        ThreatCategories = report.ThreatCategories,
        Sectors = report.Sectors,
        ForceCodes = report.ForceCodes,
        RequirementIds = report.RequirementIds.Select(r => r.ToString()).ToList(),
        Subjects = string.Join('\n', subjects.Select(s => s.AsIndicator.Line)),
    };
}

/// <summary>Writing a report: a new draft, changes to a draft, and the subjects it names. Grading may wait for submission.</summary>
public sealed class IntelligenceDrafting(ProtectHubDbContext db, TimeProvider time, Partners.OrganisationNames organisations)
{
    /// <summary>The kinds of subject an intelligence report names.</summary>
    public static readonly IReadOnlySet<IndicatorType> SubjectTypes = new HashSet<IndicatorType>
    {
        IndicatorType.Organisation, IndicatorType.OnlineIdentifier, IndicatorType.Domain, IndicatorType.IpAddress, IndicatorType.Url,
        IndicatorType.EmailAddress, IndicatorType.FileHash, IndicatorType.CryptoWallet, IndicatorType.CveId,
    };

    public async Task<(IntelligenceReport? Report, IReadOnlyList<FieldError> Errors)> CreateAsync(ReportForm form, IntelligenceActor actor)
    {
        var (errors, subjects) = await CheckAsync(form, actor);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var report = new IntelligenceReport
        {
            RegionCode = db.Scope.RegionCode,
            CreatedById = actor.Id,
            CreatedByName = actor.Name,
            CreatedAt = now,
            Status = IntelligenceStatus.Draft,
        };
        report.Reference = NewReference(report.Id, time.UkToday());
        Apply(report, form, now);
        db.Add(report);
        await ReplaceSubjectsAsync(report, subjects);
        await db.SaveChangesAsync();
        return (report, []);
    }

    public static string NewReference(Guid id, DateOnly today) => $"INT-{today:yyMM}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(IntelligenceReport report, ReportForm form, IntelligenceActor actor)
    {
        if (!report.IsEditable)
        {
            return [new("", "This report has been submitted: only a draft can be changed (an approved report is corrected with a new edition)")];
        }

        if (!IntelligenceAccess.MayEdit(report, actor))
        {
            return [new("", "Only the owning team can change this report")];
        }

        var (errors, subjects) = await CheckAsync(form, actor);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(report, form, time.GetUtcNow());
        await ReplaceSubjectsAsync(report, subjects);
        await db.SaveChangesAsync();
        return [];
    }

    public Task<List<IntelligenceSubject>> SubjectsOfAsync(Guid reportId) =>
        db.Set<IntelligenceSubject>().AsNoTracking().Where(s => s.ReportId == reportId).OrderBy(s => s.Id).ToListAsync();

    /// <summary>The region's partner organisations a source may be linked to, by name.</summary>
    public Task<IReadOnlyList<(Guid Id, string Name)>> SourceOrganisationsAsync() => organisations.ChoicesAsync();

    private async Task<(List<FieldError> Errors, IReadOnlyList<Indicator> Subjects)> CheckAsync(ReportForm form, IntelligenceActor actor)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Title, nameof(form.Title), "Title", "Enter a title that says what the report is about", IntelligenceLimits.Title);
        // The title is what lists show to everyone in intelligence: it must not name people (the text is where they go).
        if (Sharing.PersonalDataScan.Find((nameof(form.Title), form.Title)) is [var finding, ..])
        {
            errors.Add(new(nameof(form.Title), $"The title is shown in lists, so it must not identify anyone: it holds what looks like {finding.Kind} ('{finding.Text}'). Put that in the full text"));
        }
        if (form.OwningTeam is not { } team)
        {
            errors.Add(new(nameof(form.OwningTeam), "Select the team that owns the report"));
        }
        else if (!actor.Teams.Contains(team))
        {
            errors.Add(new(nameof(form.OwningTeam), "Select one of your own teams"));
        }

        errors.RequireText(form.FullText, nameof(form.FullText), "The full text", "Enter the intelligence in full", IntelligenceLimits.Text);
        errors.OptionalText(form.SanitisedText, nameof(form.SanitisedText), "The sanitised text", IntelligenceLimits.Text);
        errors.OptionalText(form.SourceDescription, nameof(form.SourceDescription), "The source", TextLimits.Line);
        errors.OptionalText(form.HandlingConditions, nameof(form.HandlingConditions), "The conditions", IntelligenceLimits.Conditions);
        if (form.Handling == HandlingCode.P && !string.IsNullOrWhiteSpace(form.HandlingConditions))
        {
            errors.Add(new(nameof(form.HandlingConditions), "Conditions are written only for handling code C: choose C, or remove the conditions"));
        }

        if (form.SourceOrganisationId is { } organisation && !await db.Set<Organisation>().AnyAsync(o => o.Id == organisation))
        {
            errors.Add(new(nameof(form.SourceOrganisationId), "Select one of your region's partner organisations"));
        }

        if (form.ThreatCategories.Any(c => !Enum.TryParse<ThreatCategory>(c, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(c, out _)))
        {
            errors.Add(new(nameof(form.ThreatCategories), "Select threat categories from the list"));
        }

        if (form.Sectors.Any(s => s.Length != 1 || !PartnerNames.SicSections.ContainsKey(s[0])))
        {
            errors.Add(new(nameof(form.Sectors), "Select sectors from the list"));
        }

        if (form.ForceCodes.Any(f => !PoliceReferenceData.IsForceOf(f, db.Scope.RegionCode)))
        {
            errors.Add(new(nameof(form.ForceCodes), "Select force areas in your region"));
        }

        var requirements = form.RequirementIds.Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty).ToList();
        if (requirements.Count > 0)
        {
            var region = db.Scope.RegionCode;
            var known = await db.Set<IntelligenceRequirement>().Where(r => requirements.Contains(r.Id) && r.RetiredAt == null && (r.RegionCode == null || r.RegionCode == region)).CountAsync();
            if (known != requirements.Distinct().Count())
            {
                errors.Add(new(nameof(form.RequirementIds), "Select intelligence requirements from the list"));
            }
        }

        var (subjects, subjectErrors) = IndicatorRules.ParseLines(form.Subjects, "Subjects", SubjectTypes);
        if (subjectErrors.Count > 0)
        {
            // One message for the field (the summary shows one a field) that names every bad line.
            errors.Add(new(nameof(form.Subjects), string.Join("; ", subjectErrors)));
        }
        if (subjects.Count > 200)
        {
            errors.Add(new(nameof(form.Subjects), "A report can name up to 200 subjects and entities"));
        }

        return (errors, subjects);
    }

    private void Apply(IntelligenceReport report, ReportForm form, DateTimeOffset now)
    {
        report.Title = form.Title!.Trim();
        report.OwningTeam = form.OwningTeam!.Value;
        report.SourceType = form.SourceType;
        report.SourceOrganisationId = form.SourceOrganisationId;
        report.SourceDescription = FormErrors.Trimmed(form.SourceDescription);
        report.SourceEvaluation = form.SourceEvaluation;
        report.Assessment = form.Assessment;
        report.Handling = form.Handling;
        report.HandlingConditions = form.Handling == HandlingCode.C ? FormErrors.Trimmed(form.HandlingConditions) : null;
        report.FullText = form.FullText!.Trim();
        report.SanitisedText = FormErrors.Trimmed(form.SanitisedText);
        report.ThreatCategories = form.ThreatCategories.Distinct().ToList();
        report.Sectors = form.Sectors.Distinct().ToList();
        report.ForceCodes = form.ForceCodes.Select(f => f.ToUpperInvariant()).Distinct().ToList();
        report.RequirementIds = form.RequirementIds.Select(Guid.Parse).Distinct().ToList();
        report.UpdatedAt = now;
    }

    internal async Task ReplaceSubjectsAsync(IntelligenceReport report, IReadOnlyList<Indicator> subjects)
    {
        // Removed through the change tracker, so the old subjects go in the same save as the new ones, or not at all.
        db.RemoveRange(await db.Set<IntelligenceSubject>().Where(s => s.ReportId == report.Id).ToListAsync());
        db.AddRange(subjects.Select(s => new IntelligenceSubject { ReportId = report.Id, RegionCode = report.RegionCode, Type = s.Type, Value = s.Value, Key = s.SearchKey }));
    }
}
