using System.Text;

namespace ProtectHub.Core.Imports;

/// <summary>
/// RFC 4180 CSV (commas, quotes doubled inside quotes, line breaks inside quotes) as spreadsheets write it. Each record
/// keeps the number of the line it starts on. A cell with something in it beyond the column limit, or a row beyond
/// the row limit, stops the read at once.
/// </summary>
internal static class CsvTableReader
{
    public static TabularFile? Read(string text, TabularFileLimits limits, CancellationToken ct)
    {
        var table = new TableBuilder(limits);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var records = 0;
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
                    AddCell(cells, cell, limits);
                    atCellStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    AddCell(cells, cell, limits);
                    table.Add(recordLine, cells);
                    cells.Clear();
                    atCellStart = true;
                    line++;
                    recordLine = line;
                    if ((++records & 1023) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    break;
                default:
                    cell.Append(c);
                    atCellStart = false;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new TabularFileRefusedException($"Row {recordLine} has a quotation mark that is never closed, so the file cannot be read from there on");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            AddCell(cells, cell, limits);
            table.Add(recordLine, cells);
        }

        return table.Build(headersAsWideAsRows: false);
    }

    /// <summary>Blank cells past the column limit are let go (trailing commas); anything else there refuses the file.</summary>
    private static void AddCell(List<string> cells, StringBuilder cell, TabularFileLimits limits)
    {
        if (cells.Count >= limits.MaxColumns)
        {
            if (!IsBlank(cell))
            {
                TabularFileRefusedException.TooManyColumns(limits.MaxColumns);
            }
        }
        else
        {
            cells.Add(cell.Length == 0 ? "" : cell.ToString());
        }

        cell.Clear();
    }

    private static bool IsBlank(StringBuilder cell)
    {
        foreach (var chunk in cell.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
