using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Regions;

namespace ProtectHub.Core.Prevent;

/// <summary>One table of anonymised figures: a row per category, a cell per force (or region) and the total, already suppressed.</summary>
public sealed record StatisticsTable(string Title, IReadOnlyList<StatisticsRow> Rows);

public sealed record StatisticsRow(string Label, IReadOnlyList<string> Cells);

/// <summary>A quarter's anonymised Prevent figures for a region (columns are its forces) or for the country (columns are regions).</summary>
public sealed record PreventFigures(FinancialQuarter Quarter, string Area, IReadOnlyList<string> Columns, IReadOnlyList<StatisticsTable> Tables);

/// <summary>
/// Prevent intelligence for forces and the national Prevent lead: counts of a quarter's referrals, consultations,
/// interventions, outcomes and follow-up reviews, per force and for the region (or per region nationally), with no
/// personal data. Numbers from 1 to 4 are suppressed ("&lt;5") wherever they appear, and when one cell of a row is
/// suppressed the next smallest is too, so that it cannot be worked out from the total.
/// </summary>
public sealed class PreventStatistics(ProtectHubDbContext db)
{
    public const int SuppressBelow = 5;
    public const string Suppressed = "<5";
    public const string JsonFormat = "protecthub-prevent-statistics/1";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private sealed record CaseFacts(string Column, PreventSource Source, AgeBand AgeBand, ConcernBehaviour Behaviour, PreventSetting Setting, bool Neurodiversity, List<string> Handles);

    /// <summary>The region of the acting user, by force.</summary>
    public Task<PreventFigures> ForRegionAsync(FinancialQuarter quarter, CancellationToken ct = default)
    {
        var region = db.Scope.RegionCode;
        var forces = PoliceReferenceData.ForcesOf(region).Select(f => (f.Code, f.Name)).ToList();
        return BuildAsync(quarter, PoliceReferenceData.RegionName(region), forces, national: false, ct);
    }

    /// <summary>Every region, by region: anonymised counts only, for the National Coordinator.</summary>
    public Task<PreventFigures> NationalAsync(FinancialQuarter quarter, CancellationToken ct = default) =>
        BuildAsync(quarter, "England and Wales", PoliceReferenceData.Regions.Select(r => (r.Code, r.Name)).ToList(), national: true, ct);

    private async Task<PreventFigures> BuildAsync(FinancialQuarter quarter, string area, List<(string Code, string Name)> columns, bool national, CancellationToken ct)
    {
        // Nationally the region filter is lifted by name, for counts only: no row leaves this method.
        IQueryable<T> Source<T>() where T : class => national ? db.Set<T>().IgnoreQueryFilters([QueryFilters.Region]) : db.Set<T>();
        var (from, to) = (quarter.StartsAt, quarter.EndsAt);
        var cases = await Source<PreventCase>().AsNoTracking().Where(c => c.ReferredAt >= from && c.ReferredAt < to)
            .Select(c => new { c.RegionCode, c.ForceCode, c.Source, c.AgeBandAtReferral, c.Behaviour, c.Setting, c.NeurodiversityFlagged, c.Handles })
            .ToListAsync(ct);
        var facts = cases.Select(c => new CaseFacts(national ? c.RegionCode : c.ForceCode, c.Source, c.AgeBandAtReferral, c.Behaviour, c.Setting, c.NeurodiversityFlagged, c.Handles)).ToList();
        var consultations = await Source<Consultation>().AsNoTracking().Where(c => c.RecordedAt >= from && c.RecordedAt < to)
            .Select(c => new { c.RegionCode, c.ForceCode, c.Decision }).ToListAsync(ct);
        var (firstDay, lastDay) = (quarter.FirstDay, quarter.LastDay);
        var interventions = await Source<Intervention>().AsNoTracking().Where(i => i.On >= firstDay && i.On <= lastDay)
            .Join(Source<PreventCase>(), i => i.CaseId, c => c.Id, (i, c) => new { c.RegionCode, c.ForceCode, i.Kind }).ToListAsync(ct);
        var closed = await Source<PreventCase>().AsNoTracking().Where(c => c.ClosedAt >= from && c.ClosedAt < to && c.Outcome != null)
            .Select(c => new { c.RegionCode, c.ForceCode, Outcome = c.Outcome!.Value }).ToListAsync(ct);
        var reviews = await Source<FollowUpReview>().AsNoTracking().Where(r => r.CompletedAt >= from && r.CompletedAt < to)
            .Join(Source<PreventCase>(), r => r.CaseId, c => c.Id, (r, c) => new { c.RegionCode, c.ForceCode, r.Kind, r.ReReferred, r.Offended })
            .ToListAsync(ct);

        var codes = columns.Select(c => c.Code).ToList();
        string ColumnOf(string region, string? force) => national ? region : force ?? "";
        var tables = new List<StatisticsTable>
        {
            Table("Referrals by source", Enum.GetValues<PreventSource>(), PreventNames.Of, facts, f => f.Column, f => f.Source, codes),
            Table("Referrals by age band", Enum.GetValues<AgeBand>(), PreventNames.Of, facts, f => f.Column, f => f.AgeBand, codes),
            Table("Referrals by behaviour of concern", Enum.GetValues<ConcernBehaviour>(), PreventNames.Of, facts, f => f.Column, f => f.Behaviour, codes),
            Table("Referrals by setting", Enum.GetValues<PreventSetting>(), PreventNames.Of, facts, f => f.Column, f => f.Setting, codes),
            new("Referrals by platform (young people with a handle on it)", Enum.GetValues<OnlinePlatform>()
                .Select(p => Row(PreventNames.Of(p), codes, facts.Where(f => f.Handles.Any(h => h.StartsWith(PreventNames.Of(p) + ":", StringComparison.Ordinal))).Select(f => f.Column)))
                .ToList()),
            new("Referrals with neurodiversity recorded", [Row("Neurodiversity recorded (diagnosed or suspected)", codes, facts.Where(f => f.Neurodiversity).Select(f => f.Column)), Row("All referrals", codes, facts.Select(f => f.Column))]),
            Table("Consultations by decision", Enum.GetValues<ConsultationDecision>(), PreventNames.Of, consultations, c => ColumnOf(c.RegionCode, c.ForceCode), c => c.Decision, codes),
            Table("Interventions by kind", Enum.GetValues<InterventionKind>(), PreventNames.Of, interventions, i => ColumnOf(i.RegionCode, i.ForceCode), i => i.Kind, codes),
            Table("Cases closed by outcome", Enum.GetValues<PreventOutcome>(), PreventNames.Of, closed, c => ColumnOf(c.RegionCode, c.ForceCode), c => c.Outcome, codes),
        };
        var reviewRows = new List<StatisticsRow>();
        foreach (var kind in Enum.GetValues<ReviewKind>())
        {
            var done = reviews.Where(r => r.Kind == kind).Select(r => (Column: ColumnOf(r.RegionCode, r.ForceCode), r.ReReferred, r.Offended)).ToList();
            var name = PreventNames.Of(kind);
            reviewRows.Add(Row($"{name}s completed", codes, done.Select(d => d.Column)));
            reviewRows.Add(Rate($"{name}: referred again", codes, done.Select(d => (d.Column, d.ReReferred == ReviewAnswer.Yes))));
            reviewRows.Add(Rate($"{name}: known to have offended", codes, done.Select(d => (d.Column, d.Offended == ReviewAnswer.Yes))));
        }

        tables.Add(new("Follow-up reviews completed, and re-referral and re-offending rates", reviewRows));
        return new PreventFigures(quarter, area, [.. columns.Select(c => c.Name), "Total"], tables);
    }

    private static StatisticsTable Table<TFact, TValue>(string title, IEnumerable<TValue> values, Func<TValue, string> name, IEnumerable<TFact> facts,
        Func<TFact, string> column, Func<TFact, TValue> value, IReadOnlyList<string> codes) where TValue : struct
    {
        var list = facts.ToList();
        return new(title, values.Select(v => Row(name(v), codes, list.Where(f => EqualityComparer<TValue>.Default.Equals(value(f), v)).Select(column))).ToList());
    }

    private static StatisticsRow Row(string label, IReadOnlyList<string> codes, IEnumerable<string> columnOfEach)
    {
        var counts = columnOfEach.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var cells = codes.Select(c => counts.GetValueOrDefault(c)).ToList();
        return new(label, Suppress(cells, counts.Values.Sum()));
    }

    /// <summary>A percentage per column; suppressed where the count behind it or the number it is out of is under 5.</summary>
    private static StatisticsRow Rate(string label, IReadOnlyList<string> codes, IEnumerable<(string Column, bool Yes)> items)
    {
        var list = items.ToList();
        string Cell(IReadOnlyCollection<(string Column, bool Yes)> of)
        {
            var yes = of.Count(i => i.Yes);
            return of.Count < SuppressBelow || yes is > 0 and < SuppressBelow ? Suppressed : (100.0 * yes / of.Count).ToString("0", CultureInfo.InvariantCulture) + "%";
        }

        return new(label, [.. codes.Select(c => Cell(list.Where(i => i.Column == c).ToList())), Cell(list)]);
    }

    /// <summary>Suppresses 1 to 4, then a second cell when only one would be hidden (so it cannot be recovered from the total).</summary>
    public static IReadOnlyList<string> Suppress(IReadOnlyList<int> cells, int total)
    {
        static bool Small(int n) => n is > 0 and < SuppressBelow;
        var hidden = cells.Select(Small).ToArray();
        if (hidden.Count(h => h) == 1 && !Small(total))
        {
            var next = Enumerable.Range(0, cells.Count).Where(i => !hidden[i] && cells[i] > 0).OrderBy(i => cells[i]).Cast<int?>().FirstOrDefault();
            if (next is { } i)
            {
                hidden[i] = true;
            }
        }

        return [.. cells.Select((n, i) => hidden[i] ? Suppressed : n.ToString(CultureInfo.InvariantCulture)), Small(total) ? Suppressed : total.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>The figures as CSV or XLSX (a row per table row, a column per force or region), recorded in the audit log as a disclosure.</summary>
    public async Task<byte[]> ExportAsync(PreventFigures figures, ExportFormat format, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var rows = figures.Tables.SelectMany(t => t.Rows.Select(r => (IReadOnlyList<string?>)[t.Title, r.Label, .. r.Cells]));
        await TabularExport.WriteAsync(buffer, format, ["Table", "Row", .. figures.Columns], rows, ct);
        await RecordExportAsync(figures, format.ToString().ToUpperInvariant(), ct);
        return buffer.ToArray();
    }

    /// <summary>The figures as a JSON document for the national Prevent lead, recorded in the audit log as a disclosure.</summary>
    public async Task<byte[]> ExportJsonAsync(PreventFigures figures, CancellationToken ct = default)
    {
        var document = new
        {
            format = JsonFormat,
            quarter = figures.Quarter.Code,
            area = figures.Area,
            suppressedBelow = SuppressBelow,
            columns = figures.Columns,
            tables = figures.Tables.Select(t => new { title = t.Title, rows = t.Rows.Select(r => new { label = r.Label, cells = r.Cells }) }),
        };
        await RecordExportAsync(figures, "JSON", ct);
        return JsonSerializer.SerializeToUtf8Bytes(document, Indented);
    }

    private async Task RecordExportAsync(PreventFigures figures, string format, CancellationToken ct)
    {
        db.Audit(AuditAction.Disclosed, "PreventStatistics", figures.Quarter.Code, db.Scope.RegionCode == "" ? null : db.Scope.RegionCode,
            $"Exported the anonymised Prevent figures of {figures.Area} for {figures.Quarter.Label} as {format}");
        await db.SaveChangesAsync(ct);
    }

    public static string FileName(PreventFigures figures, string extension) =>
        $"prevent-{figures.Area.ToLowerInvariant().Replace(' ', '-')}-{figures.Quarter.Code.ToLowerInvariant()}.{extension}";
}
