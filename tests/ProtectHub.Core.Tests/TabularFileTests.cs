using System.Text;
using MiniExcelLibs;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Tests;

public class TabularFileTests
{
    [Fact]
    public void Read_EmptyFile_SaysSo() => Assert.Equal("The selected file is empty", TabularFile.Read([], "a.csv").Error);

    [Fact]
    public void Read_BinaryFileNamedCsv_IsRefused() =>
        Assert.Equal("The selected file must be a CSV or Excel (.xlsx) file", TabularFile.Read([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13], "photo.csv").Error);

    [Fact]
    public void Read_CsvWithQuotesCommasAndLineBreaks_KeepsCellsAndFileRowNumbers()
    {
        var (file, error) = TabularFile.Read(Encoding.UTF8.GetBytes("Name,Notes\r\n\"Smith, Jones & Co\",\"line one\nline \"\"two\"\"\"\r\nPlain,x\r\n"), "a.csv");
        Assert.Null(error);
        Assert.Equal(["Name", "Notes"], file!.Headers);
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(["Smith, Jones & Co", "line one\nline \"two\""], file.Rows[0].Cells);
        Assert.Equal(2, file.Rows[0].Number);
        Assert.Equal(4, file.Rows[1].Number); // The quoted line break makes the next record start on line 4.
    }

    [Fact]
    public void Read_UnterminatedQuote_NamesTheRow() =>
        Assert.Equal("Row 3 has a quotation mark that is never closed, so the file cannot be read from there on",
            TabularFile.Read(Encoding.UTF8.GetBytes("Name\nA\n\"B\nC\n"), "a.csv").Error);

    [Fact]
    public void Read_Windows1252AndUtf8WithBom_BothGiveTheSameText()
    {
        var cp1252 = TabularFile.Read([.. "Name\n"u8.ToArray(), (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n'], "a.csv").File!;
        var bom = TabularFile.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Name\nCafé\n")], "a.csv").File!;
        Assert.Equal("Café", cp1252.Rows[0].Cells[0]);
        Assert.Equal("Café", bom.Rows[0].Cells[0]);
        Assert.Equal("Name", bom.Headers[0]);
    }

    [Fact]
    public void Read_Xlsx_GivesHeadersAndRowsAsText()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["Name"] = "Acme", ["Staff"] = 12 } });
        var (file, error) = TabularFile.Read(stream.ToArray(), "orgs.xlsx");
        Assert.Null(error);
        Assert.Equal(["Name", "Staff"], file!.Headers);
        Assert.Equal(["Acme", "12"], file.Rows[0].Cells);
        Assert.Equal(2, file.Rows[0].Number);
    }

    [Fact]
    public void Read_FileNamedXlsxThatIsNot_IsRefused() =>
        Assert.Equal("The selected file is not a valid Excel (.xlsx) file", TabularFile.Read(Encoding.UTF8.GetBytes("Name\nA\n"), "a.xlsx").Error);

    [Fact]
    public void SuggestMapping_RecognisesCommonHeaders()
    {
        var mapping = ImportMapping.Suggest(OrganisationImport.AllFields, ["Organisation Name", "Type", "Post Code", "Company number", "Town/City", "Unrelated"]);
        Assert.Equal(0, mapping["Name"]);
        Assert.Equal(1, mapping["Kind"]);
        Assert.Equal(2, mapping["Postcode"]);
        Assert.Equal(3, mapping["CompaniesHouseNumber"]);
        Assert.False(mapping.ContainsKey("ForceCode"));
        Assert.DoesNotContain(5, mapping.Values);
    }
}
