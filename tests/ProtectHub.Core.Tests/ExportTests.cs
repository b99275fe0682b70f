using System.Text;
using MiniExcelLibs;
using ProtectHub.Core.Exports;

namespace ProtectHub.Core.Tests;

public class ExportTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 7700 900982", "'+44 7700 900982")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Acme = best", "Acme = best")]
    [InlineData(";=HYPERLINK(\"http://x\")", "';=HYPERLINK(\"http://x\")")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("\uff1dcmd|' /C calc'!A0", "'\uff1dcmd|' /C calc'!A0")]
    [InlineData("\uff0b1", "'\uff0b1")]
    [InlineData("; Acme", "; Acme")]
    [InlineData("   ", "   ")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralise_FormulaStarts_GetAnApostrophe(string? input, string expected) => Assert.Equal(expected, SafeCell.Neutralise(input));

    [Fact]
    public async Task WriteAsync_Csv_QuotesAndNeutralisesEveryCell()
    {
        using var output = new MemoryStream();
        await TabularExport.WriteAsync(output, ExportFormat.Csv, ["Name", "Notes"], [["=HYPERLINK(\"http://x\")", "line one\nline \"two\", three"]]);
        var text = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
        Assert.Equal("Name,Notes\r\n\"'=HYPERLINK(\"\"http://x\"\")\",\"line one\nline \"\"two\"\", three\"\r\n", text);
    }

    [Fact]
    public async Task WriteAsync_Xlsx_WritesNeutralisedTextCells()
    {
        using var output = new MemoryStream();
        await TabularExport.WriteAsync(output, ExportFormat.Xlsx, ["Name", "Phone"], [["@cmd", "+441632960001"], ["Plain", null]]);
        output.Position = 0;
        var rows = output.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("'@cmd", rows[0]["Name"]);
        Assert.Equal("'+441632960001", rows[0]["Phone"]);
        Assert.Equal("Plain", rows[1]["Name"]);
    }
}
