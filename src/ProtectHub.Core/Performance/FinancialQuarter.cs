using System.Globalization;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Performance;

/// <summary>
/// A quarter of the UK public-sector financial year, which runs April to March: Q1 is April to June, Q4 is January to
/// March of the next calendar year. <see cref="Year"/> is the calendar year the financial year starts in.
/// </summary>
public readonly record struct FinancialQuarter(int Year, int Quarter) : IComparable<FinancialQuarter>
{
    public DateOnly FirstDay => new DateOnly(Year, 4, 1).AddMonths(3 * (Quarter - 1));

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>Midnight UK time at the start of the quarter, in UTC.</summary>
    public DateTimeOffset StartsAt => UkTime.StartOfDay(FirstDay);

    /// <summary>Midnight UK time after the quarter's last day, in UTC (exclusive).</summary>
    public DateTimeOffset EndsAt => UkTime.StartOfDay(LastDay.AddDays(1));

    /// <summary>The form used in addresses and files: 2026-Q3.</summary>
    public string Code => $"{Year}-Q{Quarter}";

    /// <summary>For people: "Q3 2026 to 2027 (October to December 2026)".</summary>
    public string Label =>
        $"Q{Quarter} {Year} to {Year + 1} ({FirstDay.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"))} to {LastDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})";

    public FinancialQuarter Previous => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    public FinancialQuarter Next => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    public static FinancialQuarter Containing(DateOnly day) =>
        day.Month >= 4 ? new(day.Year, (day.Month - 4) / 3 + 1) : new(day.Year - 1, 4);

    public static bool TryParse(string? text, out FinancialQuarter quarter)
    {
        quarter = default;
        var parts = text?.Trim().Split("-Q", StringSplitOptions.None);
        if (parts is not [var y, var q]
            || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100
            || !int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new FinancialQuarter(year, number);
        return true;
    }

    /// <summary>The last <paramref name="count"/> quarters ending with this one, oldest first.</summary>
    public IReadOnlyList<FinancialQuarter> Trailing(int count)
    {
        var list = new List<FinancialQuarter> { this };
        while (list.Count < count)
        {
            list.Insert(0, list[0].Previous);
        }

        return list;
    }

    public int CompareTo(FinancialQuarter other) => (Year, Quarter).CompareTo((other.Year, other.Quarter));

    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => Code;
}
