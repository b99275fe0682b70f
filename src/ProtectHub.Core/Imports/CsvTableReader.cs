using System.Text;
using ProtectHub.Linkage.Csv;

namespace ProtectHub.Core.Imports;

/// <summary>
/// CSV uploads, read record by record with ProtectHub's one strict CSV reader (<see cref="CsvParser"/>) as the bytes are
/// decoded, never as one string. Each record keeps the number of the line it starts on. A cell with something in it
/// beyond the column limit (the parser's MaxFields), or a row beyond the row limit, stops the read at once; so does a malformed quoted value,
/// naming its row.
/// </summary>
internal static class CsvTableReader
{
    public static TabularFile? Read(TextReader text, TabularFileLimits limits, CancellationToken ct)
    {
        var table = new TableBuilder(limits);
        var parser = new CsvParser(text) { MaxFields = limits.MaxColumns };
        var cells = new List<string>();
        var records = 0;
        try
        {
            while (parser.ReadRecord())
            {
                cells.Clear();
                for (var i = 0; i < parser.FieldCount; i++)
                {
                    var cell = parser.Field(i);
                    cells.Add(cell.Length == 0 ? "" : cell.ToString());
                }

                table.Add(parser.Line, cells);
                if ((++records & 1023) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }
        catch (CsvFormatException e) when (e.TooManyFields)
        {
            TabularFileRefusedException.TooManyColumns(limits.MaxColumns);
        }
        catch (CsvFormatException e)
        {
            throw new TabularFileRefusedException(e.Reason.Contains("never closed", StringComparison.Ordinal)
                ? $"Row {e.Line} has a quotation mark that is never closed, so the file cannot be read from there on"
                : $"Row {e.Line} has a quoted value followed by other text before the next comma: put the whole value in quotes, with any quotation marks inside it doubled");
        }

        return table.Build(headersAsWideAsRows: false);
    }
}
