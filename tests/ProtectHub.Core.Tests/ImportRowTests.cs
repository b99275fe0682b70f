using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Tests;

public sealed class ImportRowTests
{
    private static readonly IReadOnlyList<ImportField> Fields = [new("On", "Date consent was given", false, []), new("Ok", "Email allowed", false, [])];

    private static ImportRow Row(string cell) => new(new TabularFile.Row(7, [cell]), new Dictionary<string, int> { ["On"] = 0, ["Ok"] = 0 }, Fields);

    [Theory]
    [InlineData("31/01/2026")]
    [InlineData("31/1/2026")]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-31 00:00")]
    [InlineData("31 Jan 2026")]
    [InlineData("31 January 2026")]
    [InlineData("46053")] // Excel's serial number for 31 January 2026.
    [InlineData("46053.75")]
    public void Date_TheFormatsPeopleSend_AreRead(string cell)
    {
        var row = Row(cell);
        Assert.Equal(new DateOnly(2026, 1, 31), row.Date("On"));
        Assert.Empty(row.Errors);
    }

    [Theory]
    [InlineData("01/31/2026")] // American order: month 31 does not exist.
    [InlineData("yesterday")]
    [InlineData("0")]
    public void Date_NotADate_IsAnErrorNamingTheRowAndField(string cell)
    {
        var row = Row(cell);
        Assert.Null(row.Date("On"));
        var error = Assert.Single(row.Errors);
        Assert.Equal((7, "Date consent was given", $"'{cell}' is not a date: use day/month/year, like 31/01/2026"), (error.Row, error.Field, error.Message));
    }

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("", false)]
    public void YesNo_ReadsTheUsualSpellings(string cell, bool expected)
    {
        var row = Row(cell);
        Assert.Equal(expected, row.YesNo("Ok"));
        Assert.Empty(row.Errors);
    }
}
