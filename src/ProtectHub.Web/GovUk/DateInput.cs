using System.Globalization;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// The three boxes of a GOV.UK date input, kept as typed so that a form returned with errors shows exactly what the
/// user entered.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>Parses the date, or returns a GOV.UK-style message naming what is wrong, prefixed by the field's name.</summary>
    public (DateOnly? Date, string? Error) Parse(string fieldName)
    {
        if (IsEmpty)
        {
            return (null, null);
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            return (null, $"{fieldName} must include a {string.Join(" and ", missing)}");
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (null, $"{fieldName} must be a real date, using numbers only");
        }

        if (Year!.Trim().Length != 4)
        {
            return (null, $"{fieldName} year must include 4 numbers");
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"{fieldName} must be a real date");
        }

        return (new DateOnly(year, month, day), null);
    }
}
