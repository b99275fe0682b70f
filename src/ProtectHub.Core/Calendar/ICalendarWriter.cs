using System.Globalization;
using System.Text;

namespace ProtectHub.Core.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545) text: CRLF line ends, long lines folded at 75 octets, text values escaped, times in UTC.
/// Small enough not to need a library, and tested against the rules it follows.
/// </summary>
public sealed class ICalendarWriter
{
    private readonly StringBuilder _text = new();

    public ICalendarWriter Line(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    public ICalendarWriter Text(string name, string value) => Line(name, Escape(value));

    public ICalendarWriter Time(string name, DateTimeOffset at) =>
        Line(name, at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    /// <summary>An all-day value: the date alone, as RFC 5545's DATE form.</summary>
    public ICalendarWriter Date(string name, DateOnly day) =>
        Line(name + ";VALUE=DATE", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Splits a content line into lines of at most 75 octets of UTF-8, continuation lines starting with a space.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = 74; // The leading space counts.
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
    }
}
