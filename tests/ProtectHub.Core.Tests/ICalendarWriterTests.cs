using System.Text;
using ProtectHub.Core.Calendar;

namespace ProtectHub.Core.Tests;

public sealed class ICalendarWriterTests
{
    [Fact]
    public void Text_EscapesTheCharactersRfc5545Reserves()
    {
        var text = new ICalendarWriter().Text("SUMMARY", "Fraud; scams, and \\ more\nline two").ToString();
        Assert.Equal("SUMMARY:Fraud\\; scams\\, and \\\\ more\\nline two\r\n", text);
    }

    [Fact]
    public void Line_FoldsAt75OctetsWithoutSplittingACharacter()
    {
        var value = string.Concat(Enumerable.Repeat("é", 100)); // Two octets each in UTF-8.
        var text = new ICalendarWriter().Line("DESCRIPTION", value).ToString();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 2);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + value, string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void Time_IsWrittenInUtc()
    {
        var text = new ICalendarWriter().Time("DTSTART", new DateTimeOffset(2026, 7, 1, 14, 30, 0, TimeSpan.FromHours(1))).ToString();
        Assert.Equal("DTSTART:20260701T133000Z\r\n", text);
    }
}
