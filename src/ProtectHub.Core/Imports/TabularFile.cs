using System.Text;
using MiniExcelLibs;

namespace ProtectHub.Core.Imports;

/// <summary>
/// An uploaded CSV or XLSX file read into a header and rows of text. CSV may be UTF-8 (with or without BOM) or
/// Windows-1252, which is what spreadsheets on police desktops still save. Row numbers are the file's own (header = 1).
/// </summary>
public sealed record TabularFile(IReadOnlyList<string> Headers, IReadOnlyList<TabularFile.Row> Rows)
{
    public sealed record Row(int Number, IReadOnlyList<string> Cells);

    public const long MaxBytes = 256L * 1024 * 1024; // A national list of 1,000,000 referrals is about 170 MB as CSV.

    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the file, or explains in one sentence why it cannot be read.</summary>
    public static (TabularFile? File, string? Error) Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            return (null, "The selected file is empty");
        }

        if (content.Length > MaxBytes)
        {
            return (null, $"The selected file must be smaller than {MaxBytes / (1024 * 1024)} MB");
        }

        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isZip)
        {
            return isZip ? ReadXlsx(content) : (null, "The selected file is not a valid Excel (.xlsx) file");
        }

        // A NUL byte never appears in a text file: this is a binary file with a misleading name.
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return (null, "The selected file must be a CSV or Excel (.xlsx) file");
        }

        return ReadCsv(Decode(content));
    }

    /// <summary>UTF-8 if it has a BOM or decodes cleanly, otherwise Windows-1252.</summary>
    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    private static (TabularFile?, string?) ReadCsv(string text)
    {
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var atCellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atCellStart:
                    inQuotes = true;
                    atCellStart = false;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atCellStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    records.Add((recordLine, cells));
                    cells = [];
                    atCellStart = true;
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (inQuotes)
        {
            return (null, $"Row {recordLine} has a quotation mark that is never closed, so the file cannot be read from there on");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells));
        }

        records.RemoveAll(r => r.Cells.All(string.IsNullOrWhiteSpace));
        if (records.Count == 0)
        {
            return (null, "The selected file is empty");
        }

        var headers = records[0].Cells.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1).Select(r => new Row(r.Line, r.Cells)).ToList();
        return (new TabularFile(headers, rows), null);
    }

    private static (TabularFile?, string?) ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content);
            var sheet = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
            if (sheet.Count == 0)
            {
                return (null, "The selected file is empty");
            }

            var columns = sheet[0].Keys.ToList();
            string Text(object? value) => value switch
            {
                null => "",
                DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            var headers = columns.Select(c => Text(sheet[0][c]).Trim()).ToList();
            var rows = sheet.Skip(1).Select((r, i) => new Row(i + 2, columns.Select(c => Text(r[c])).ToList()))
                .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
            return (new TabularFile(headers, rows), null);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            return (null, "The selected file is not a valid Excel (.xlsx) file");
        }
    }
}
