using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Intelligence;

/// <summary>
/// The threat picture: approved, current reports by threat category, sector, force area and source type, per quarter.
/// Counted from <see cref="IntelligenceFacet"/>, so a page reads one index range and no report text.
/// </summary>
public sealed class ThreatPicture(ProtectHubDbContext db, TimeProvider time, SharedFigures shared)
{
    /// <summary>
    /// The newest facet's id: it changes whenever a report is approved or replaced by a correction (which adds facets in
    /// the same save), so figures keyed by it are never stale, on any instance, and are shared until it changes.
    /// </summary>
    public static Task<long> VersionAsync(ProtectHubDbContext db) =>
        db.Set<IntelligenceFacet>().AsNoTracking().OrderByDescending(f => f.Id).Select(f => f.Id).FirstOrDefaultAsync();

    public sealed record Row(string Label, IReadOnlyList<int> Counts)
    {
        public int Total => Counts.Sum();
    }

    public sealed record Section(string Title, IReadOnlyList<Row> Rows);

    public sealed record Picture(IReadOnlyList<FinancialQuarter> Quarters, IReadOnlyList<int> Reports, IReadOnlyList<int> FromIndustry, IReadOnlyList<Section> Sections);

    public static IReadOnlyList<FinancialQuarter> LastQuarters(DateOnly today, int count)
    {
        var quarters = new List<FinancialQuarter> { FinancialQuarter.Containing(today) };
        while (quarters.Count < count)
        {
            quarters.Insert(0, quarters[0].Previous);
        }

        return quarters;
    }

    /// <summary>The region's picture, worked out once for everyone looking until a report is approved (see <see cref="VersionAsync"/>).</summary>
    public async Task<Picture> OfRegionAsync(int quarters = 4)
    {
        var version = await VersionAsync(db);
        var today = time.UkToday();
        return await shared.GetAsync($"threat-picture:{today}:{quarters}:{version}", db.Scope,
            sp => sp.GetRequiredService<ThreatPicture>().ComputeAsync(today, quarters), TimeSpan.FromMinutes(30));
    }

    private async Task<Picture> ComputeAsync(DateOnly today, int quarters)
    {
        var span = LastQuarters(today, quarters);
        var from = span[0].FirstDay;
        var to = span[^1].LastDay;
        var counts = await db.Set<IntelligenceFacet>().AsNoTracking().Where(f => f.CountedOn >= from && f.CountedOn <= to)
            .GroupBy(f => new { f.Kind, f.Value, f.Quarter }).Select(g => new { g.Key.Kind, g.Key.Value, g.Key.Quarter, Count = g.Count() }).ToListAsync();
        IReadOnlyList<int> Line(FacetKind kind, string value) =>
            span.Select(q => counts.Where(c => c.Kind == kind && c.Value == value && c.Quarter == q.Code).Sum(c => c.Count)).ToList();
        Section SectionOf(string title, FacetKind kind, Func<string, string> label) => new(title, counts.Where(c => c.Kind == kind).Select(c => c.Value).Distinct()
            .Select(v => new Row(label(v), Line(kind, v))).OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal).ToList());
        return new Picture(span, Line(FacetKind.Report, ""), Line(FacetKind.SourceType, nameof(IntelligenceSourceType.IndustryPartner)),
        [
            SectionOf("By threat category", FacetKind.ThreatCategory, v => Enum.TryParse<ThreatCategory>(v, out var c) ? IntelligenceNames.Of(c) : v),
            SectionOf("By sector", FacetKind.Sector, v => PartnerNames.SicSections.TryGetValue(v[0], out var name) ? name : v),
            SectionOf("By force area", FacetKind.Force, PoliceReferenceData.ForceName),
            SectionOf("By source type", FacetKind.SourceType, v => Enum.TryParse<IntelligenceSourceType>(v, out var s) ? IntelligenceNames.Of(s) : v),
        ]);
    }

    /// <summary>
    /// Every region's count of approved reports per quarter, for the National Coordinator: counts only, never a report.
    /// The one read of this area across regions, by name.
    /// </summary>
    public async Task<(IReadOnlyList<FinancialQuarter> Quarters, IReadOnlyList<Row> Regions)> NationalAsync(int quarters = 4)
    {
        var span = LastQuarters(time.UkToday(), quarters);
        var from = span[0].FirstDay;
        var counts = await db.Set<IntelligenceFacet>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(f => f.CountedOn >= from && f.Kind == FacetKind.Report)
            .GroupBy(f => new { f.RegionCode, f.Quarter }).Select(g => new { g.Key.RegionCode, g.Key.Quarter, Count = g.Count() }).ToListAsync();
        var rows = PoliceReferenceData.Regions.Select(r => new Row(r.Name,
            span.Select(q => counts.Where(c => c.RegionCode == r.Code && c.Quarter == q.Code).Sum(c => c.Count)).ToList())).ToList();
        return (span, rows);
    }
}
