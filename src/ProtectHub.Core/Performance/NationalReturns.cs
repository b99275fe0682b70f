using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;

namespace ProtectHub.Core.Performance;

/// <summary>Settings "Performance:Returns": when a region's quarterly return is due.</summary>
public sealed class ReturnOptions
{
    public const string Section = "Performance:Returns";

    /// <summary>Days after the quarter's last day by which the region's return is to be submitted.</summary>
    public int DueDays { get; set; } = 30;
}

/// <summary>Where a region's return for a quarter stands, seen nationally.</summary>
public enum NationalStage
{
    NotStarted,
    InProgress,
    Submitted,
}

/// <summary>
/// The national coordinator's view: each region's latest submitted regional return for a quarter, side by side, and
/// the national total. Like <see cref="Regions.RegionFigures"/>, this deliberately reads past the region filter, and it
/// reads only the frozen figures of submitted returns: no record, and nothing of a draft.
/// </summary>
public sealed class NationalReturns(ProtectHubDbContext db, IOptions<ReturnOptions> options)
{
    /// <summary>One region's return for the quarter: not started, in progress (at which step) or submitted, and late or not.</summary>
    public sealed record Progress(string RegionCode, string RegionName, NationalStage Stage, ReturnStatus? Step, DateTimeOffset? SubmittedAt, bool Late);

    /// <summary>A metric's national figure in each of a run of quarters, with how many regions it came from.</summary>
    public sealed record Trend(string Key, string Name, string Unit, IReadOnlyList<(FinancialQuarter Quarter, double? Value, int Regions)> Points);

    /// <summary>The day a region's return for the quarter is due (inclusive).</summary>
    public DateOnly DueBy(FinancialQuarter quarter) => quarter.LastDay.AddDays(Math.Max(0, options.Value.DueDays));

    /// <summary>
    /// The quarters worth choosing: every quarter any region has started a return for, and the last four that have
    /// ended (so a quarter nobody has started is still there to be seen as not started), newest first.
    /// </summary>
    public async Task<IReadOnlyList<FinancialQuarter>> ChoosableQuartersAsync(DateOnly today, CancellationToken ct = default)
    {
        var started = await db.Set<PerformanceReturn>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ForceCode == null).Select(r => new { r.Year, r.Quarter }).Distinct().ToListAsync(ct);
        return started.Select(q => new FinancialQuarter(q.Year, q.Quarter))
            .Concat(FinancialQuarter.Containing(today).Previous.Trailing(4))
            .Distinct().OrderDescending().ToList();
    }

    /// <summary>Every region's regional return for the quarter; late means past <see cref="DueBy"/> without being submitted, or submitted after it.</summary>
    public async Task<IReadOnlyList<Progress>> ProgressAsync(FinancialQuarter quarter, DateOnly today, CancellationToken ct = default)
    {
        var returns = await db.Set<PerformanceReturn>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ForceCode == null && r.Year == quarter.Year && r.Quarter == quarter.Quarter)
            .Select(r => new { r.RegionCode, r.Status, r.SubmittedAt }).ToListAsync(ct);
        var due = DueBy(quarter);
        return Regions.PoliceReferenceData.Regions.Select(region =>
        {
            var mine = returns.Where(r => r.RegionCode == region.Code).ToList();
            var submitted = mine.Where(r => r.Status == ReturnStatus.Submitted).OrderBy(r => r.SubmittedAt).FirstOrDefault();
            if (submitted is not null)
            {
                var late = Time.UkTime.DateOf(submitted.SubmittedAt!.Value) > due;
                return new Progress(region.Code, region.Name, NationalStage.Submitted, ReturnStatus.Submitted, submitted.SubmittedAt, late);
            }

            var step = mine.Count == 0 ? (ReturnStatus?)null : mine.Max(r => r.Status);
            return new Progress(region.Code, region.Name, step is null ? NationalStage.NotStarted : NationalStage.InProgress, step, null, today > due);
        }).OrderBy(p => p.RegionName).ToList();
    }

    /// <summary>The national figure of every metric over the four quarters ending with <paramref name="last"/>.</summary>
    /// <remarks><paramref name="lastFigures"/>: the last quarter's figures when the caller has them already (not read twice).</remarks>
    public async Task<IReadOnlyList<Trend>> TrendsAsync(FinancialQuarter last, (IReadOnlyList<RegionColumn> Regions, IReadOnlyList<Row> Rows)? lastFigures = null, CancellationToken ct = default)
    {
        var quarters = last.Trailing(4);
        var byQuarter = new List<(FinancialQuarter Quarter, IReadOnlyList<RegionColumn> Regions, IReadOnlyList<Row> Rows)>();
        foreach (var quarter in quarters)
        {
            var (regions, rows) = quarter == last && lastFigures is { } known ? known : await ForQuarterAsync(quarter, ct);
            byQuarter.Add((quarter, regions, rows));
        }

        return byQuarter.SelectMany(q => q.Rows).GroupBy(r => r.Key).Select(g => g.First())
            .Select(metric => new Trend(metric.Key, metric.Name, metric.Unit, byQuarter.Select(q =>
            {
                var row = q.Rows.FirstOrDefault(r => r.Key == metric.Key);
                return (q.Quarter, row?.National, row is null ? 0 : row.ByRegion.Count(v => v.Value is not null));
            }).ToList()))
            .ToList();
    }

    /// <summary>The quarter's figures as a CSV file: a row per metric, a column per submitting region and the national figure.</summary>
    public async Task<byte[]> ExportAsync(FinancialQuarter quarter, CancellationToken ct = default)
    {
        var (regions, rows) = await ForQuarterAsync(quarter, ct);
        string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
        var headers = new List<string> { "Quarter", "Metric key", "Metric", "Unit" };
        headers.AddRange(regions.Select(r => r.RegionName));
        headers.Add("National");
        var lines = rows.Select(row => (IReadOnlyList<string?>)[quarter.Code, row.Key, row.Name, row.Unit,
            .. regions.Select(r => Number(row.ByRegion.GetValueOrDefault(r.RegionCode))), row.National is null ? "Not combined" : Number(row.National)]);
        using var stream = new MemoryStream();
        await TabularExport.WriteAsync(stream, ExportFormat.Csv, headers, lines, ct);
        return stream.ToArray();
    }

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
