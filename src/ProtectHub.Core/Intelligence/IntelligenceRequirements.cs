using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Intelligence;

public sealed record RequirementForm(string? Code, string? Title, string? Description, RequirementPriority? Priority, string? Owner, DateOnly? ReviewOn);

/// <summary>
/// The managed list of intelligence requirements: national ones (set by the National Coordinator) and the region's
/// own (set by its coordinators); and the coverage view, reports answering each requirement per quarter.
/// </summary>
public sealed class IntelligenceRequirements(ProtectHubDbContext db, TimeProvider time, SharedFigures shared)
{
    /// <summary>The requirements a region's reports may answer: the national ones and its own, current first by priority.</summary>
    public Task<List<IntelligenceRequirement>> OfRegionAsync(bool includeRetired = false)
    {
        var region = db.Scope.RegionCode;
        return db.Set<IntelligenceRequirement>().AsNoTracking()
            .Where(r => (r.RegionCode == null || r.RegionCode == region) && (includeRetired || r.RetiredAt == null))
            .OrderBy(r => r.RetiredAt != null).ThenBy(r => r.Priority).ThenBy(r => r.Code).ToListAsync();
    }

    /// <summary>The requirements a report answers (retired ones included: the report keeps its links).</summary>
    public Task<List<IntelligenceRequirement>> OfAsync(IReadOnlyCollection<Guid> ids) =>
        db.Set<IntelligenceRequirement>().AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Code).ToListAsync();

    public Task<List<IntelligenceRequirement>> NationalAsync() =>
        db.Set<IntelligenceRequirement>().AsNoTracking().Where(r => r.RegionCode == null).OrderBy(r => r.RetiredAt != null).ThenBy(r => r.Code).ToListAsync();

    /// <summary>Adds a requirement: national when <paramref name="regionCode"/> is null.</summary>
    public async Task<(IntelligenceRequirement? Requirement, IReadOnlyList<FieldError> Errors)> AddAsync(RequirementForm form, string? regionCode)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Code, nameof(form.Code), "The reference code", "Enter the requirement's reference code, like NIR-04", 32);
        errors.RequireText(form.Title, nameof(form.Title), "The title", "Enter what the requirement asks for", TextLimits.Line);
        errors.OptionalText(form.Description, nameof(form.Description), "The description", TextLimits.Sentence);
        errors.Require(form.Priority, nameof(form.Priority), "Select the priority");
        errors.RequireText(form.Owner, nameof(form.Owner), "The owner", "Enter who owns the requirement", TextLimits.Line);
        if (form.ReviewOn is null)
        {
            errors.Add(new(nameof(form.ReviewOn), "Enter the date the requirement is next reviewed"));
        }
        else if (form.ReviewOn < time.UkToday())
        {
            errors.Add(new(nameof(form.ReviewOn), "The review date must be today or in the future"));
        }

        var code = form.Code?.Trim().ToUpperInvariant();
        if (code is not null && await db.Set<IntelligenceRequirement>().AnyAsync(r => r.Code == code))
        {
            errors.Add(new(nameof(form.Code), $"A requirement with the code {code} already exists"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var requirement = new IntelligenceRequirement
        {
            RegionCode = regionCode,
            Code = code!,
            Title = form.Title!.Trim(),
            Description = FormErrors.Trimmed(form.Description),
            Priority = form.Priority!.Value,
            Owner = form.Owner!.Trim(),
            ReviewOn = form.ReviewOn!.Value,
        };
        db.Add(requirement);
        await db.SaveChangesAsync();
        return (requirement, []);
    }

    /// <summary>Retires a requirement: reports that answered it keep the link, new reports cannot choose it.</summary>
    public async Task<bool> RetireAsync(Guid id, string? regionCode)
    {
        var requirement = await db.Set<IntelligenceRequirement>().FirstOrDefaultAsync(r => r.Id == id && r.RegionCode == regionCode && r.RetiredAt == null);
        if (requirement is null)
        {
            return false;
        }

        requirement.RetiredAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return true;
    }

    public sealed record CoverageRow(IntelligenceRequirement Requirement, IReadOnlyList<int> Counts, int Total, bool ReviewDue);

    public sealed record Coverage(IReadOnlyList<FinancialQuarter> Quarters, IReadOnlyList<CoverageRow> Rows)
    {
        public IEnumerable<CoverageRow> WithNone => Rows.Where(r => r.Total == 0);
    }

    /// <summary>Approved reports answering each current requirement in each of the last <paramref name="quarters"/> quarters.</summary>
    public async Task<Coverage> CoverageAsync(int quarters = 4)
    {
        var today = time.UkToday();
        var span = ThreatPicture.LastQuarters(today, quarters);
        var from = span[0].FirstDay;
        // The counts are shared between everyone looking until a report is approved; the requirements are read fresh.
        var version = await ThreatPicture.VersionAsync(db);
        var byKey = await shared.GetAsync($"coverage:{today}:{quarters}:{version}", db.Scope, async sp =>
        {
            var counts = await sp.GetRequiredService<ProtectHubDbContext>().Set<IntelligenceFacet>().AsNoTracking()
                .Where(f => f.CountedOn >= from && f.Kind == FacetKind.Requirement)
                .GroupBy(f => new { f.Value, f.Quarter }).Select(g => new { g.Key.Value, g.Key.Quarter, Count = g.Count() }).ToListAsync();
            return (IReadOnlyDictionary<(string, string), int>)counts.ToDictionary(c => (c.Value, c.Quarter), c => c.Count);
        }, TimeSpan.FromMinutes(30));
        var rows = (await OfRegionAsync()).Select(r =>
        {
            var row = span.Select(q => byKey.GetValueOrDefault((r.Id.ToString(), q.Code))).ToList();
            return new CoverageRow(r, row, row.Sum(), r.ReviewOn <= today);
        }).ToList();
        return new Coverage(span, rows);
    }
}
