using System.Text;
using MiniExcelLibs;

namespace ProtectHub.Core.Exports;

/// <summary>
/// Writes a list as CSV (RFC 4180, UTF-8 with BOM so Excel reads accents) or XLSX. Every cell passes through
/// <see cref="SafeCell"/>, so no export can carry a formula.
/// </summary>
public static class TabularExport
{
    public const int MaxRows = 100_000;

    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static async Task WriteAsync(Stream output, ExportFormat format, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        if (format == ExportFormat.Xlsx)
        {
            var table = rows.Select(row =>
            {
                var record = new Dictionary<string, object>(headers.Count);
                for (var i = 0; i < headers.Count; i++)
                {
                    record[headers[i]] = SafeCell.Neutralise(i < row.Count ? row[i] : null);
                }

                return record;
            });
            // MiniExcel writes synchronously to its stream; buffer so the response stream sees one async copy.
            using var buffer = new MemoryStream();
            buffer.SaveAs(table, sheetName: "Export");
            buffer.Position = 0;
            await buffer.CopyToAsync(output, ct);
            return;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', headers.Select(Quote)));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(cell => Quote(SafeCell.Neutralise(cell)))));
        }
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
