using System.Globalization;
using ProtectHub.Core.Access;

namespace ProtectHub.Core.Imports;

/// <summary>
/// One row of a file seen through the officer's column mapping: its cells by field, and the problems found in it, each
/// with the row number and the field's label so the officer can find and fix it.
/// </summary>
public sealed class ImportRow(TabularFile.Row row, IReadOnlyDictionary<string, int> mapping, IReadOnlyList<ImportField> fields)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "d/M/yy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy", "d MMM yyyy", "d MMMM yyyy"];

    public int Number => row.Number;

    /// <summary>The row as it was in the file.</summary>
    public TabularFile.Row Source => row;

    public List<RowError> Errors { get; } = [];

    /// <summary>The trimmed text of a field, or null when the file has no such column or the cell is blank.</summary>
    public string? Cell(string field) =>
        mapping.TryGetValue(field, out var i) && i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i].Trim() : null;

    public void Error(string field, string message) => Errors.Add(new RowError(Number, Label(field), message));

    /// <summary>Adds a service's validation errors, except for fields that already have a more specific one.</summary>
    public void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            var label = Label(error.Field);
            if (Errors.TrueForAll(e => e.Field != label))
            {
                Errors.Add(new RowError(Number, label, error.Message));
            }
        }
    }

    /// <summary>A date as people write it in spreadsheets (31/01/2026, 2026-01-31, 31 Jan 2026) or as an Excel serial number.</summary>
    public DateOnly? Date(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        // XLSX cells read as text keep any time part ("2026-01-31 00:00:00"); the date is what matters.
        var datePart = text.Split(' ', 'T')[0];
        if (DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out date))
        {
            return date;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            // Excel counts days from 30 December 1899 (its 1900 leap-year bug is why it is not the 31st).
            return DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial)));
        }

        Error(field, $"'{text}' is not a date: use day/month/year, like 31/01/2026");
        return null;
    }

    /// <summary>Yes or no (also true/false, y/n, 1/0, ticked); blank is no.</summary>
    public bool YesNo(string field)
    {
        var text = Cell(field)?.ToLowerInvariant();
        switch (text)
        {
            case null or "no" or "n" or "false" or "0" or "unticked":
                return false;
            case "yes" or "y" or "true" or "1" or "ticked" or "x":
                return true;
            default:
                Error(field, $"'{Cell(field)}' is not yes or no");
                return false;
        }
    }

    private string Label(string field) => fields.FirstOrDefault(f => f.Field == field)?.Label ?? field;
}
