using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Performance;

/// <summary>
/// The national coordinator's view: each region's latest submitted regional return for a quarter, side by side, and
/// the national total. Like <see cref="Regions.RegionFigures"/>, this deliberately reads past the region filter, and it
/// reads only the frozen figures of submitted returns: no record, and nothing of a draft.
/// </summary>
public sealed class NationalReturns(ProtectHubDbContext db)
{
    public sealed record RegionColumn(string RegionCode, string RegionName, DateTimeOffset SubmittedAt, ReturnFigures Figures);

    public sealed record Row(string Key, string Name, string Unit, IReadOnlyDictionary<string, double?> ByRegion, double? National);

    public async Task<IReadOnlyList<FinancialQuarter>> QuartersAsync(CancellationToken ct = default) =>
        (await db.Set<PerformanceReturn>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Submitted && r.ForceCode == null)
            .Select(r => new { r.Year, r.Quarter }).Distinct().ToListAsync(ct))
        .Select(q => new FinancialQuarter(q.Year, q.Quarter)).OrderDescending().ToList();

    public async Task<(IReadOnlyList<RegionColumn> Regions, IReadOnlyList<Row> Rows)> ForQuarterAsync(FinancialQuarter quarter, CancellationToken ct = default)
    {
        var submitted = await db.Set<PerformanceReturn>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Submitted && r.ForceCode == null && r.Year == quarter.Year && r.Quarter == quarter.Quarter)
            .Select(r => new { r.RegionCode, r.SubmittedAt, r.SnapshotJson }).ToListAsync(ct);
        var names = Regions.PoliceReferenceData.Regions.ToDictionary(r => r.Code, r => r.Name);
        var columns = submitted.GroupBy(r => r.RegionCode)
            .Select(g => g.OrderByDescending(r => r.SubmittedAt).First())
            .Select(r => new RegionColumn(r.RegionCode, names.GetValueOrDefault(r.RegionCode, r.RegionCode), r.SubmittedAt!.Value,
                JsonSerializer.Deserialize<ReturnFigures>(r.SnapshotJson!, ReturnWorkflow.Json)!))
            .OrderBy(c => c.RegionName).ToList();
        var keys = columns.SelectMany(c => c.Figures.Metrics).GroupBy(m => m.Key).Select(g => g.First()).ToList();
        var rows = keys.Select(metric =>
        {
            var values = columns.Select(c => (c.RegionCode, Figure: c.Figures.Metric(metric.Key))).ToList();
            var present = values.Where(v => v.Figure is not null).Select(v => v.Figure!).ToList();
            return new Row(metric.Key, metric.Name, metric.Unit, values.ToDictionary(v => v.RegionCode, v => v.Figure?.Total.Value), Combine(metric.Measure, present));
        }).ToList();
        return (columns, rows);
    }

    /// <summary>
    /// Adds regions up: counts and sums add; means and shares add their parts and wholes first; medians do not
    /// combine (a median of medians is not the national median), so they have no national figure.
    /// </summary>
    public static double? Combine(MetricMeasure measure, IReadOnlyList<MetricFigure> figures)
    {
        if (figures.Count == 0)
        {
            return null;
        }

        var (numerator, denominator) = (figures.Sum(f => f.Total.Numerator), figures.Sum(f => f.Total.Denominator));
        return measure switch
        {
            MetricMeasure.Count or MetricMeasure.Sum => Math.Round(figures.Sum(f => f.Total.Value ?? 0), 2),
            MetricMeasure.Mean => denominator == 0 ? null : Math.Round(numerator / denominator, 2),
            MetricMeasure.Share => denominator == 0 ? null : Math.Round(100 * numerator / denominator, 1),
            _ => null,
        };
    }
}
