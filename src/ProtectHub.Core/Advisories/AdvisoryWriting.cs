using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Advisories;

/// <summary>An advisory as written on the form; list values already read strictly by the page.</summary>
public sealed record AdvisoryForm
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Details { get; init; }
    public string? RecommendedActions { get; init; }
    public AdvisorySeverity? Severity { get; init; }
    public AdvisorySource? Source { get; init; }
    public TlpMarking? Tlp { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> ForceCodes { get; init; } = [];

    /// <summary>Indicators one a line, as intelligence subjects are written.</summary>
    public string? Indicators { get; init; }
    /// <summary>The approved intelligence reports behind it, by reference (INT-...), one a line.</summary>
    public string? IntelligenceReports { get; init; }

    /// <summary>The published lessons behind it, by reference (LL-...), one a line.</summary>
    public string? Lessons { get; init; }
    public bool ToCommunity { get; init; }
    public IReadOnlyList<string> ToMemberships { get; init; } = [];
    public IReadOnlyList<string> ToSectors { get; init; } = [];
    public IReadOnlyList<string> ToSizes { get; init; } = [];
    public IReadOnlyList<string> ToForces { get; init; } = [];
    /// <summary>People by name: their email addresses, one a line, each one of the region's contacts.</summary>
    public string? ToPeople { get; init; }
    public string? ChangeSummary { get; init; }

    public static AdvisoryForm Of(Advisory a, IEnumerable<AdvisoryIndicator> indicators, IEnumerable<string> peopleEmails, IEnumerable<string> reportReferences,
        IEnumerable<string> lessonReferences) => new()
        {
            Title = a.Title,
            Summary = a.Summary,
            Details = a.Details,
            RecommendedActions = a.RecommendedActions,
            Severity = a.Severity,
            Source = a.Source,
            Tlp = a.Tlp,
            Sectors = a.Sectors,
            ForceCodes = a.ForceCodes,
            Indicators = string.Join('\n', indicators.Select(i => i.AsIndicator.Line)),
            IntelligenceReports = string.Join('\n', reportReferences),
            Lessons = string.Join('\n', lessonReferences),
            ToCommunity = a.ToCommunity,
            ToMemberships = a.ToMemberships,
            ToSectors = a.ToSectors,
            ToSizes = a.ToSizes,
            ToForces = a.ToForces,
            ToPeople = string.Join('\n', peopleEmails),
            ChangeSummary = a.ChangeSummary,
        };
}

/// <summary>Writing an advisory: a draft and its changes, its indicators, and the audience rule.</summary>
public sealed class AdvisoryWriting(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>The indicators an advisory carries: what partners' security tools can act on.</summary>
    public static readonly IReadOnlySet<IndicatorType> IndicatorTypes = new HashSet<IndicatorType>
    {
        IndicatorType.Domain, IndicatorType.IpAddress, IndicatorType.Url, IndicatorType.EmailAddress, IndicatorType.FileHash, IndicatorType.CveId,
    };

    public async Task<(Advisory? Advisory, IReadOnlyList<FieldError> Errors)> CreateAsync(AdvisoryForm form, Guid authorId, string authorName)
    {
        var (errors, indicators, people, reports, lessons) = await CheckAsync(form, isUpdate: false);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var advisory = new Advisory { RegionCode = db.Scope.RegionCode, CreatedById = authorId, CreatedByName = authorName, CreatedAt = now, Status = AdvisoryStatus.Draft };
        advisory.Reference = $"ADV-{time.UkToday():yyMM}-{advisory.Id.ToString("N")[^6..].ToUpperInvariant()}";
        Apply(advisory, form, people, reports, lessons, now);
        db.Add(advisory);
        await ReplaceIndicatorsAsync(advisory, indicators);
        await db.SaveChangesAsync();
        return (advisory, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Advisory advisory, AdvisoryForm form)
    {
        if (advisory.Status != AdvisoryStatus.Draft)
        {
            return [new("", "Only a draft can be changed: an issued advisory is updated with a new edition")];
        }

        var (errors, indicators, people, reports, lessons) = await CheckAsync(form, isUpdate: advisory.PreviousVersionId is not null);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(advisory, form, people, reports, lessons, time.GetUtcNow());
        await ReplaceIndicatorsAsync(advisory, indicators);
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>An issued (or withdrawn) advisory as a STIX 2.1 bundle, its export a disclosure in the audit log.</summary>
    public async Task<byte[]> ExportStixAsync(Advisory advisory)
    {
        var bundle = StixExport.Bundle(advisory, await IndicatorsOfAsync(advisory.Id));
        db.Audit(Audit.AuditAction.Disclosed, "Advisory", advisory.Id.ToString(), advisory.RegionCode, "Exported as a STIX 2.1 bundle");
        await db.SaveChangesAsync();
        return StixExport.Serialise(bundle);
    }

    public Task<List<AdvisoryIndicator>> IndicatorsOfAsync(Guid advisoryId) =>
        db.Set<AdvisoryIndicator>().AsNoTracking().Where(i => i.AdvisoryId == advisoryId).OrderBy(i => i.Id).ToListAsync();

    /// <summary>The email addresses of the people an advisory names, for its form.</summary>
    public async Task<IReadOnlyList<string>> PeopleEmailsAsync(Advisory advisory)
    {
        var ids = advisory.ToContactIds;
        return await db.Set<Contact>().AsNoTracking().Where(c => ids.Contains(c.Id) && c.Email != null).OrderBy(c => c.Email).Select(c => c.Email!).ToListAsync();
    }

    private async Task<(List<FieldError> Errors, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Guid> People, IReadOnlyList<Guid> Reports, IReadOnlyList<Guid> Lessons)> CheckAsync(
        AdvisoryForm form, bool isUpdate)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Title, nameof(form.Title), "The title", "Enter a title", AdvisoryLimits.Title);
        errors.RequireText(form.Summary, nameof(form.Summary), "The summary", "Enter a summary in plain English", AdvisoryLimits.Summary);
        errors.OptionalText(form.Details, nameof(form.Details), "The details", AdvisoryLimits.Text);
        errors.RequireText(form.RecommendedActions, nameof(form.RecommendedActions), "The recommended actions", "Enter what recipients should do", AdvisoryLimits.Text);
        errors.Require(form.Severity, nameof(form.Severity), "Select the severity");
        errors.Require(form.Source, nameof(form.Source), "Select the source");
        errors.Require(form.Tlp, nameof(form.Tlp), "Select the TLP marking: there is no default");
        if (isUpdate)
        {
            errors.RequireText(form.ChangeSummary, nameof(form.ChangeSummary), "What changed", "Enter what this update changes: recipients are told", TextLimits.Sentence);
        }

        if (form.Sectors.Concat(form.ToSectors).Any(s => s.Length != 1 || !PartnerNames.SicSections.ContainsKey(s[0])))
        {
            errors.Add(new(nameof(form.Sectors), "Select sectors from the list"));
        }

        var region = db.Scope.RegionCode;
        if (form.ForceCodes.Concat(form.ToForces).Any(f => !PoliceReferenceData.IsForceOf(f, region)))
        {
            errors.Add(new(nameof(form.ForceCodes), "Select force areas in your region"));
        }

        if (form.ToMemberships.Any(m => !Enum.TryParse<MembershipKind>(m, out var kind) || !Enum.IsDefined(kind) || int.TryParse(m, out _))
            || form.ToSizes.Any(s => !Enum.TryParse<SizeBand>(s, out var size) || !Enum.IsDefined(size) || int.TryParse(s, out _)))
        {
            errors.Add(new(nameof(form.ToMemberships), "Select memberships and size bands from the list"));
        }

        // One query for every line's address, then each line checked against it.
        var lines = (form.ToPeople ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select((l, i) => (Email: l.Trim().ToLowerInvariant(), Line: i + 1))
            .Where(l => l.Email.Length > 0).ToList();
        var emails = lines.Select(l => l.Email).Distinct().ToList();
        var byEmail = (await db.Set<Contact>().AsNoTracking().Where(c => c.NormalisedEmail != null && emails.Contains(c.NormalisedEmail))
            .Select(c => new { c.Id, c.NormalisedEmail }).ToListAsync()).DistinctBy(c => c.NormalisedEmail).ToDictionary(c => c.NormalisedEmail!, c => c.Id);
        var people = lines.Where(l => byEmail.ContainsKey(l.Email)).Select(l => byEmail[l.Email]).Distinct().ToList();
        var peopleErrors = lines.Where(l => !byEmail.ContainsKey(l.Email))
            .Select(l => $"People line {l.Line} ('{(l.Email.Length > 60 ? l.Email[..60] : l.Email)}'): not the email address of one of your region's contacts").ToList();
        if (peopleErrors.Count > 0)
        {
            errors.Add(new(nameof(form.ToPeople), string.Join("; ", peopleErrors)));
        }

        // Linked by reference: the current approved edition of each report, each published lesson (of any region).
        var reportLines = References(form.IntelligenceReports).ToList();
        var reportReferences = reportLines.Select(r => r.Reference).Distinct().ToList();
        var reportIds = (await db.Set<Intelligence.IntelligenceReport>().AsNoTracking().Where(r => reportReferences.Contains(r.Reference) && r.SupersededById == null
                && (r.Status == Intelligence.IntelligenceStatus.Approved || r.Status == Intelligence.IntelligenceStatus.Disseminated))
            .Select(r => new { r.Reference, r.Id }).ToListAsync()).ToDictionary(r => r.Reference, r => r.Id);
        var badReports = reportLines.Where(r => !reportIds.ContainsKey(r.Reference)).Select(r => $"Intelligence reports line {r.Line} ('{r.Reference}'): not an approved report of your region").ToList();
        if (badReports.Count > 0)
        {
            errors.Add(new(nameof(form.IntelligenceReports), string.Join("; ", badReports)));
        }

        var reports = reportLines.Where(r => reportIds.ContainsKey(r.Reference)).Select(r => reportIds[r.Reference]).Distinct().ToList();

        var lessonLines = References(form.Lessons).ToList();
        var lessonReferences = lessonLines.Select(r => r.Reference).Distinct().ToList();
        var lessonIds = (await db.Set<Lessons.Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(l => lessonReferences.Contains(l.Reference) && l.Status == Lessons.LessonStatus.Published)
            .Select(l => new { l.Reference, l.Id }).ToListAsync()).ToDictionary(l => l.Reference, l => l.Id);
        var badLessons = lessonLines.Where(l => !lessonIds.ContainsKey(l.Reference)).Select(l => $"Lessons line {l.Line} ('{l.Reference}'): not a published lesson of the national library").ToList();
        if (badLessons.Count > 0)
        {
            errors.Add(new(nameof(form.Lessons), string.Join("; ", badLessons)));
        }

        var lessons = lessonLines.Where(l => lessonIds.ContainsKey(l.Reference)).Select(l => lessonIds[l.Reference]).Distinct().ToList();

        var (indicators, indicatorErrors) = IndicatorRules.ParseLines(form.Indicators, "Indicators", IndicatorTypes);
        if (indicatorErrors.Count > 0)
        {
            errors.Add(new(nameof(form.Indicators), string.Join("; ", indicatorErrors)));
        }
        else if (indicators.Count > 1000)
        {
            errors.Add(new(nameof(form.Indicators), "An advisory can carry up to 1,000 indicators"));
        }

        return (errors, indicators, people, reports, lessons);
    }

    private static IEnumerable<(string Reference, int Line)> References(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select((l, i) => (Reference: l.Trim().ToUpperInvariant(), Line: i + 1))
            .Where(r => r.Reference.Length > 0 && r.Reference.Length <= 32);

    public sealed record LinkedReport(Guid Id, string Reference, string? SanitisedText);

    public sealed record LinkedLesson(Guid Id, string Reference, string Title);

    /// <summary>What the advisory's page shows of the reports and lessons behind it: the reports' sanitised text only.</summary>
    public async Task<(IReadOnlyList<LinkedReport> Reports, IReadOnlyList<LinkedLesson> Lessons)> LinkedAsync(Advisory advisory)
    {
        var reportIds = advisory.IntelligenceReportIds;
        var lessonIds = advisory.LessonIds;
        var reports = await db.Set<Intelligence.IntelligenceReport>().AsNoTracking().Where(r => reportIds.Contains(r.Id)).OrderBy(r => r.Reference)
            .Select(r => new LinkedReport(r.Id, r.Reference, r.SanitisedText)).ToListAsync();
        var lessons = await db.Set<Lessons.Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(l => lessonIds.Contains(l.Id) && l.Status == Lessons.LessonStatus.Published).OrderBy(l => l.Reference)
            .Select(l => new LinkedLesson(l.Id, l.Reference, l.Title)).ToListAsync();
        return (reports, lessons);
    }

    /// <summary>The references of the reports and lessons an advisory links, for its form and page.</summary>
    public async Task<(IReadOnlyList<string> Reports, IReadOnlyList<string> Lessons)> LinkedReferencesAsync(Advisory advisory)
    {
        var reportIds = advisory.IntelligenceReportIds;
        var lessonIds = advisory.LessonIds;
        var reports = await db.Set<Intelligence.IntelligenceReport>().AsNoTracking().Where(r => reportIds.Contains(r.Id)).OrderBy(r => r.Reference).Select(r => r.Reference).ToListAsync();
        var lessons = await db.Set<Lessons.Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(l => lessonIds.Contains(l.Id))
            .OrderBy(l => l.Reference).Select(l => l.Reference).ToListAsync();
        return (reports, lessons);
    }

    private static void Apply(Advisory advisory, AdvisoryForm form, IReadOnlyList<Guid> people, IReadOnlyList<Guid> reports, IReadOnlyList<Guid> lessons, DateTimeOffset now)
    {
        advisory.Title = form.Title!.Trim();
        advisory.Summary = form.Summary!.Trim();
        advisory.Details = FormErrors.Trimmed(form.Details);
        advisory.RecommendedActions = form.RecommendedActions!.Trim();
        advisory.Severity = form.Severity!.Value;
        advisory.Source = form.Source!.Value;
        advisory.Tlp = form.Tlp;
        advisory.Sectors = form.Sectors.Distinct().ToList();
        advisory.ForceCodes = form.ForceCodes.Select(f => f.ToUpperInvariant()).Distinct().ToList();
        advisory.IntelligenceReportIds = [.. reports];
        advisory.LessonIds = [.. lessons];
        advisory.ToCommunity = form.ToCommunity;
        advisory.ToMemberships = form.ToMemberships.Distinct().ToList();
        advisory.ToSectors = form.ToSectors.Distinct().ToList();
        advisory.ToSizes = form.ToSizes.Distinct().ToList();
        advisory.ToForces = form.ToForces.Select(f => f.ToUpperInvariant()).Distinct().ToList();
        advisory.ToContactIds = [.. people];
        advisory.ChangeSummary = FormErrors.Trimmed(form.ChangeSummary);
        advisory.UpdatedAt = now;
    }

    internal async Task ReplaceIndicatorsAsync(Advisory advisory, IReadOnlyList<Indicator> indicators)
    {
        db.RemoveRange(await db.Set<AdvisoryIndicator>().Where(i => i.AdvisoryId == advisory.Id).ToListAsync());
        db.AddRange(indicators.Select(i => new AdvisoryIndicator { AdvisoryId = advisory.Id, RegionCode = advisory.RegionCode, Type = i.Type, Value = i.Value, Key = i.SearchKey }));
    }
}
