using System.Globalization;
using ProtectHub.Core.Exports;

namespace ProtectHub.Core.Imports;

/// <summary>The rows an import could not take, as a CSV: the row number, the row as it was, and the reasons.</summary>
public static class InvalidRows
{
    public static async Task<byte[]> CsvAsync(IReadOnlyList<string> headers, List<(TabularFile.Row Row, string Reasons)> invalid, CancellationToken ct)
    {
        // Rows may be shorter than the header row (an .xlsx row ends at its last cell with something in it) or longer:
        // every line gets as many cells, so the reasons stay in one column.
        var width = invalid.Aggregate(headers.Count, (w, i) => Math.Max(w, i.Row.Cells.Count));
        using var buffer = new MemoryStream();
        await TabularExport.WriteAsync(buffer, ExportFormat.Csv, ["Row", .. headers, .. Enumerable.Repeat("", width - headers.Count), "Errors"],
            invalid.Select(i => (IReadOnlyList<string?>)[i.Row.Number.ToString(CultureInfo.InvariantCulture), .. i.Row.Cells,
                .. Enumerable.Repeat("", width - i.Row.Cells.Count), i.Reasons]), ct);
        return buffer.ToArray();
    }
}
