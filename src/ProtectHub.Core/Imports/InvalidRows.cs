using System.Globalization;
using ProtectHub.Core.Exports;

namespace ProtectHub.Core.Imports;

/// <summary>The rows an import could not take, as a CSV: the row number, the row as it was, and the reasons.</summary>
public static class InvalidRows
{
    public static async Task<byte[]> CsvAsync(IReadOnlyList<string> headers, List<(TabularFile.Row Row, string Reasons)> invalid, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await TabularExport.WriteAsync(buffer, ExportFormat.Csv, ["Row", .. headers, "Errors"],
            invalid.Select(i => (IReadOnlyList<string?>)[i.Row.Number.ToString(CultureInfo.InvariantCulture), .. i.Row.Cells, i.Reasons]), ct);
        return buffer.ToArray();
    }
}
