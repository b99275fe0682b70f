using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;
using ProtectHub.Core.Exports;

namespace ProtectHub.Core.Performance;

/// <summary>
/// A return's figures as files: XLSX with a summary sheet and one sheet per breakdown, CSV (one row per figure), and
/// the JSON document national aggregation reads. Every text cell passes through <see cref="SafeCell"/>; figures are
/// written as numbers.
/// </summary>
public static class ReturnExports
{
    public const string JsonFormat = "protecthub-quarterly-return/1";

    public static string FileName(PerformanceReturn item, string extension) =>
        $"return-{item.RegionCode}-{item.ForceCode ?? "region"}-{item.Period.Code}.{extension}".ToLowerInvariant();

    public static byte[] Xlsx(PerformanceReturn item, ReturnFigures figures)
    {
        figures = figures.Published();
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
        {
            ["Summary"] = figures.Metrics.Select(m => new Dictionary<string, object?>
            {
                ["Metric"] = SafeCell.Neutralise(m.Name),
                ["Figure"] = m.Total.Suppressed ? "<5" : m.Total.Value,
                ["Unit"] = SafeCell.Neutralise(m.Unit),
                ["Records"] = m.Total.Suppressed ? null : m.Total.Records,
                ["Definition"] = SafeCell.Neutralise(m.Definition),
                ["Key"] = m.Key,
            }).ToList(),
        };
        foreach (var field in figures.Metrics.SelectMany(m => m.Breakdowns).GroupBy(b => b.Label))
        {
            var rows = figures.Metrics.SelectMany(m => m.Breakdowns.Where(b => b.Label == field.Key).SelectMany(b => b.Rows.Select(r => new Dictionary<string, object?>
            {
                ["Metric"] = SafeCell.Neutralise(m.Name),
                [field.Key] = SafeCell.Neutralise(r.Label),
                ["Figure"] = r.Value.Suppressed ? "<5" : r.Value.Value,
                ["Unit"] = SafeCell.Neutralise(m.Unit),
                ["Records"] = r.Value.Suppressed ? null : r.Value.Records,
            }))).ToList();
            sheets[SheetName("By " + field.Key.ToLowerInvariant(), sheets.Keys)] = rows;
        }

        sheets[SheetName("Narrative", sheets.Keys)] = new List<Dictionary<string, object?>>
        {
            new() { ["Section"] = "Highlights", ["Text"] = SafeCell.Neutralise(item.Highlights) },
            new() { ["Section"] = "Risks", ["Text"] = SafeCell.Neutralise(item.Risks) },
            new() { ["Section"] = "Lessons", ["Text"] = SafeCell.Neutralise(item.Lessons) },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ], and unique in the workbook.</summary>
    private static string SheetName(string wanted, IEnumerable<string> taken)
    {
        var clean = new string(wanted.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var i = 2; taken.Contains(name, StringComparer.OrdinalIgnoreCase); i++)
        {
            name = clean[..Math.Min(clean.Length, 28)] + " " + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    public static byte[] Csv(ReturnFigures figures)
    {
        figures = figures.Published();
        var rows = figures.Metrics.SelectMany(m =>
            new[] { (IReadOnlyList<string?>)[m.Key, m.Name, "Total", "", m.Total.Shown(Number), m.Unit, m.Total.Suppressed ? "" : m.Total.Records.ToString(CultureInfo.InvariantCulture)] }
                .Concat(m.Breakdowns.SelectMany(b => b.Rows.Select(r =>
                    (IReadOnlyList<string?>)[m.Key, m.Name, b.Label, r.Label, r.Value.Shown(Number), m.Unit, r.Value.Suppressed ? "" : r.Value.Records.ToString(CultureInfo.InvariantCulture)]))));
        using var stream = new MemoryStream();
        TabularExport.WriteAsync(stream, ExportFormat.Csv, ["Metric key", "Metric", "Breakdown", "Value of breakdown", "Figure", "Unit", "Records"], rows)
            .GetAwaiter().GetResult();
        return stream.ToArray();
    }

    /// <summary>The submitted figures for national aggregation: format, catalogue version, area, quarter and every figure.</summary>
    public static byte[] JsonDocument(PerformanceReturn item, ReturnFigures figures)
    {
        figures = figures.Published();
        var document = new
        {
            Format = JsonFormat,
            figures.CatalogueVersion,
            Region = item.RegionCode,
            Force = item.ForceCode,
            Quarter = item.Period.Code,
            figures.FirstDay,
            figures.LastDay,
            Status = item.Status,
            item.SubmittedAt,
            figures.ComputedAt,
            Narrative = new { item.Highlights, item.Risks, item.Lessons },
            figures.Metrics,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, ReturnWorkflow.Json);
    }

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
