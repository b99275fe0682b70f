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
    public IReadOnlyList<string> IntelligenceReportIds { get; init; } = [];
    public IReadOnlyList<string> LessonIds { get; init; } = [];
    public bool ToCommunity { get; init; }
    public IReadOnlyList<string> ToMemberships { get; init; } = [];
    public IReadOnlyList<string> ToSectors { get; init; } = [];
    public IReadOnlyList<string> ToSizes { get; init; } = [];
    public IReadOnlyList<string> ToForces { get; init; } = [];
    /// <summary>People by name: their email addresses, one a line, each one of the region's contacts.</summary>
    public string? ToPeople { get; init; }
    public string? ChangeSummary { get; init; }

    public static AdvisoryForm Of(Advisory a, IEnumerable<AdvisoryIndicator> indicators, IEnumerable<string> peopleEmails) => new()
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
        IntelligenceReportIds = a.IntelligenceReportIds.Select(i => i.ToString()).ToList(),
        LessonIds = a.LessonIds.Select(i => i.ToString()).ToList(),
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
        var (errors, indicators, people) = await CheckAsync(form, isUpdate: false);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var advisory = new Advisory { RegionCode = db.Scope.RegionCode, CreatedById = authorId, CreatedByName = authorName, CreatedAt = now, Status = AdvisoryStatus.Draft };
        advisory.Reference = $"ADV-{time.UkToday():yyMM}-{advisory.Id.ToString("N")[^6..].ToUpperInvariant()}";
        Apply(advisory, form, people, now);
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

        var (errors, indicators, people) = await CheckAsync(form, isUpdate: advisory.PreviousVersionId is not null);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(advisory, form, people, time.GetUtcNow());
        await ReplaceIndicatorsAsync(advisory, indicators);
        await db.SaveChangesAsync();
        return [];
    }

    public Task<List<AdvisoryIndicator>> IndicatorsOfAsync(Guid advisoryId) =>
        db.Set<AdvisoryIndicator>().AsNoTracking().Where(i => i.AdvisoryId == advisoryId).OrderBy(i => i.Id).ToListAsync();

    /// <summary>The email addresses of the people an advisory names, for its form.</summary>
    public async Task<IReadOnlyList<string>> PeopleEmailsAsync(Advisory advisory)
    {
        var ids = advisory.ToContactIds;
        return await db.Set<Contact>().AsNoTracking().Where(c => ids.Contains(c.Id) && c.Email != null).OrderBy(c => c.Email).Select(c => c.Email!).ToListAsync();
    }

    private async Task<(List<FieldError> Errors, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Guid> People)> CheckAsync(AdvisoryForm form, bool isUpdate)
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

        var people = new List<Guid>();
        var lines = (form.ToPeople ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var peopleErrors = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var email = lines[i].Trim().ToLowerInvariant();
            if (email.Length == 0)
            {
                continue;
            }

            var contact = await db.Set<Contact>().AsNoTracking().Where(c => c.NormalisedEmail == email).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
            if (contact is null)
            {
                peopleErrors.Add($"People line {i + 1} ('{(email.Length > 60 ? email[..60] : email)}'): not the email address of one of your region's contacts");
            }
            else if (!people.Contains(contact.Value))
            {
                people.Add(contact.Value);
            }
        }

        if (peopleErrors.Count > 0)
        {
            errors.Add(new(nameof(form.ToPeople), string.Join("; ", peopleErrors)));
        }

        var reports = Ids(form.IntelligenceReportIds);
        if (reports is null || (reports.Count > 0 && await db.Set<Intelligence.IntelligenceReport>().CountAsync(r => reports.Contains(r.Id)
            && (r.Status == Intelligence.IntelligenceStatus.Approved || r.Status == Intelligence.IntelligenceStatus.Disseminated)) != reports.Count))
        {
            errors.Add(new(nameof(form.IntelligenceReportIds), "Link approved intelligence reports of your region"));
        }

        var lessons = Ids(form.LessonIds);
        if (lessons is null || (lessons.Count > 0 && await db.Set<Lessons.Lesson>().IgnoreQueryFilters([QueryFilters.Region])
            .CountAsync(l => lessons.Contains(l.Id) && l.Status == Lessons.LessonStatus.Published) != lessons.Count))
        {
            errors.Add(new(nameof(form.LessonIds), "Link published lessons of the national library"));
        }

        var (indicators, indicatorErrors) = IndicatorRules.ParseLines(form.Indicators, "Indicators", IndicatorTypes);
        if (indicatorErrors.Count > 0)
        {
            errors.Add(new(nameof(form.Indicators), string.Join("; ", indicatorErrors)));
        }
        else if (indicators.Count > 1000)
        {
            errors.Add(new(nameof(form.Indicators), "An advisory can carry up to 1,000 indicators"));
        }

        return (errors, indicators, people);
    }

    private static List<Guid>? Ids(IReadOnlyList<string> values)
    {
        var ids = new List<Guid>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!Guid.TryParse(value, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids.Distinct().ToList();
    }

    private static void Apply(Advisory advisory, AdvisoryForm form, IReadOnlyList<Guid> people, DateTimeOffset now)
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
        advisory.IntelligenceReportIds = Ids(form.IntelligenceReportIds)!;
        advisory.LessonIds = Ids(form.LessonIds)!;
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
