using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
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
    public void Read_TextAfterAClosingQuote_NamesTheRow() =>
        Assert.Equal("Row 2 has a quoted value followed by other text before the next comma: put the whole value in quotes, with any quotation marks inside it doubled",
            TabularFile.Read(Encoding.UTF8.GetBytes("Name,Size\n\"Big\" screen,5\nB,6\n"), "a.csv").Error);

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
    public void Read_XlsxOfSharedInlineBooleanNumberAndDateCells_GivesTheirTextInTheirColumns()
    {
        var strings = """<si><t>Name</t></si><si><t>Reported</t></si><si><r><t>Acme </t></r><r><rPr><b/></rPr><t>Ltd</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>line_x000D_one</t></si>""";
        var styles = """<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="22"/><xf numFmtId="4"/></cellXfs>""";
        var rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t> Staff </t></is></c><c r="D1" t="str"><v>Open</v></c><c r="E1" t="str"><v>Notes</v></c></row>
            <row r="2"/>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>46053</v></c><c r="C3" s="3"><v>12</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="s"><v>3</v></c></row>
            <row r="5"><c r="B5" s="2"><v>46053.572916666664</v></c><c r="C5"><f>C3*2</f><v>24.5</v></c></row>
            """;
        var (file, error) = TabularFile.Read(TestXlsx.Build(rows, strings, styles), "a.xlsx");
        Assert.Null(error);
        Assert.Equal(["Name", "Reported", "Staff", "Open", "Notes"], file!.Headers);
        Assert.Equal([3, 5], file.Rows.Select(r => r.Number));
        Assert.Equal(["Acme Ltd", "2026-01-31", "12", "True", "line\rone"], file.Rows[0].Cells);
        Assert.Equal(["", "2026-01-31 13:45", "24.5"], file.Rows[1].Cells);
    }

    [Fact]
    public void Read_SparseXlsxDeclaringTheWholeSheet_ReadsItsTwoCellsQuickly()
    {
        var content = TestXlsx.Build("""<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Acme</t></is></c></row>""",
            dimension: """<dimension ref="A1:XFD1048576"/>""");
        Assert.True(content.Length < 2048);
        var clock = Stopwatch.StartNew();
        var (file, error) = TabularFile.Read(content, "sparse.xlsx");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Null(error);
        Assert.Equal(["Name"], file!.Headers);
        Assert.Equal(1048576, Assert.Single(file.Rows).Number);
        Assert.Equal(["Acme"], file.Rows[0].Cells);
    }

    [Fact]
    public void Read_XlsxCellInTheLastColumn_IsRefusedAtTheColumnLimit()
    {
        var (file, error) = TabularFile.Read(TestXlsx.Build("""<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>"""), "wide.xlsx");
        Assert.Null(file);
        Assert.Equal("The selected file has more than 200 columns (the limit)", error);
    }

    [Fact]
    public void Read_XlsxFormattedButEmptyCellsBeyondTheColumnLimit_AreIgnored()
    {
        var (file, error) = TabularFile.Read(TestXlsx.Build("""<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="XFD1" s="1"/></row><row r="2"><c r="A2"><v>1</v></c></row>"""), "a.xlsx");
        Assert.Null(error);
        Assert.Equal(["Name"], file!.Headers);
    }

    [Fact]
    public void Read_XlsxZipBomb_IsRefusedWithTheSizeMessageWithoutHoldingItsRows()
    {
        // 50 MB of worksheet (rows and cells without references, which are optional) in well under 1 MB, against a limit of 10 MB.
        var bomb = TestXlsx.Build(TestXlsx.RepeatedRows(50L * 1024 * 1024, _ => """<row><c t="inlineStr"><is><t>x</t></is></c></row>"""), level: CompressionLevel.SmallestSize);
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length:N0} bytes");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (file, error) = TabularFile.Read(bomb, "bomb.xlsx", TabularFileLimits.Default with { MaxUncompressedBytes = 10L * 1024 * 1024 });
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Null(file);
        Assert.Equal("The selected file is too large once uncompressed: it expands beyond 10 MB (the limit)", error);
        Assert.True(allocated < 10L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_XlsxPartLargerThanItsZipEntrySays_IsRefusedWhileInflating()
    {
        // A stored (uncompressed) worksheet of 3 MB whose zip entry claims 2 KB: only counting what is read catches it.
        var sheet = TestXlsx.RepeatedRows(3L * 1024 * 1024, i => $"""<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>""");
        var content = TestXlsx.Build(sheet, level: CompressionLevel.NoCompression);
        ClaimSize(content, "xl/worksheets/sheet1.xml", 2048);
        var (file, error) = TabularFile.Read(content, "liar.xlsx", TabularFileLimits.Default with { MaxUncompressedBytes = 1024 * 1024 });
        Assert.Null(file);
        Assert.Equal("The selected file is too large once uncompressed: it expands beyond 1 MB (the limit)", error);
    }

    [Fact]
    public void Read_XlsxWithMoreRowsThanTheLimit_IsRefused()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i => $"""<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>"""));
        Assert.Equal("The selected file has more than 10 rows (the limit)",
            TabularFile.Read(TestXlsx.Build(rows), "a.xlsx", TabularFileLimits.Default with { MaxRows = 10 }).Error);
        Assert.Equal(11, TabularFile.Read(TestXlsx.Build(rows), "a.xlsx", TabularFileLimits.Default with { MaxRows = 11 }).File!.Rows.Count);
    }

    [Fact]
    public void Read_XlsxCellLongerThanTheLimit_IsRefused() =>
        Assert.Equal("The selected file has a cell longer than 100 characters (the limit)",
            TabularFile.Read(TestXlsx.Build($"""<row r="1"><c r="A1" t="inlineStr"><is><t>{new string('x', 101)}</t></is></c></row>"""), "a.xlsx",
                TabularFileLimits.Default with { MaxCellCharacters = 100 }).Error);

    [Fact]
    public void Read_XlsxWithMoreSharedStringsThanTheLimit_IsRefused()
    {
        var strings = string.Concat(Enumerable.Range(0, 6).Select(i => $"<si><t>text {i}</t></si>"));
        var content = TestXlsx.Build("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>""", strings);
        Assert.Equal("The selected file has more than 5 different cell texts (the limit)",
            TabularFile.Read(content, "a.xlsx", TabularFileLimits.Default with { MaxSharedStrings = 5 }).Error);
        Assert.Equal("The selected file has more than 20 characters of cell text (the limit)",
            TabularFile.Read(content, "a.xlsx", TabularFileLimits.Default with { MaxSharedStringCharacters = 20 }).Error);
    }

    [Fact]
    public void Read_XlsxNestedDeeperThanSpreadsheetsGo_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 1000)) + string.Concat(Enumerable.Repeat("</x>", 1000));
        Assert.Equal("The selected file is not a valid Excel (.xlsx) file",
            TabularFile.Read(TestXlsx.Build($"""<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>{deep}"""), "a.xlsx").Error);
    }

    [Fact]
    public void Read_XlsxWithAGiantAttribute_IsRefusedBeforeItIsHeld()
    {
        var sheet = TestXlsx.Sheet($"""<row r="1" x="{new string('a', 3 * 1024 * 1024)}"><c r="A1"><v>1</v></c></row>""");
        Assert.Equal("The selected file is not a valid Excel (.xlsx) file",
            TabularFile.Read(TestXlsx.Build(s => s.Write(Encoding.UTF8.GetBytes(sheet))), "a.xlsx").Error);
    }

    [Fact]
    public void Read_XlsxWithADoctype_IsRefused()
    {
        var sheet = $"""<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet xmlns="{TestXlsx.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>""";
        Assert.Equal("The selected file is not a valid Excel (.xlsx) file",
            TabularFile.Read(TestXlsx.Build(s => s.Write(Encoding.UTF8.GetBytes(sheet))), "a.xlsx").Error);
    }

    [Fact]
    public void Read_CancelledDuringAnXlsx_StopsWithCancellation()
    {
        var content = TestXlsx.Build(TestXlsx.RepeatedRows(2L * 1024 * 1024, i => $"""<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>"""));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => TabularFile.Read(content, "a.xlsx", ct: cancelled.Token));
    }

    [Fact]
    public void Read_CancelledDuringACsv_StopsWithCancellation()
    {
        var csv = Encoding.UTF8.GetBytes("Name\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"row {i}\n")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => TabularFile.Read(csv, "a.csv", ct: cancelled.Token));
    }

    [Fact]
    public void Read_CsvWithAMillionColumns_IsRefusedAtTheColumnLimit()
    {
        var csv = Encoding.ASCII.GetBytes(string.Join(',', Enumerable.Range(0, 1_000_000).Select(i => "c")) + "\n1\n");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (file, error) = TabularFile.Read(csv, "wide.csv");
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Null(file);
        Assert.Equal("The selected file has more than 200 columns (the limit)", error);
        Assert.True(allocated < 3L * csv.Length + 1024 * 1024, $"allocated {allocated:N0} bytes"); // The decoded text, and little more.
    }

    [Fact]
    public void Read_CsvWithTrailingBlankCellsBeyondTheColumnLimit_KeepsTheColumnsWithin()
    {
        var (file, error) = TabularFile.Read(Encoding.ASCII.GetBytes("Name,Kind" + new string(',', 300) + "\nAcme,business" + new string(',', 300) + "\n"), "a.csv");
        Assert.Null(error);
        Assert.Equal(200, file!.Headers.Count);
        Assert.Equal(["Acme", "business"], file.Rows[0].Cells.Take(2));
    }

    [Fact]
    public void Read_CsvWithMoreRowsThanTheLimit_IsRefused()
    {
        var csv = Encoding.ASCII.GetBytes("Name\n\na\nb\n\nc\n");
        Assert.Equal("The selected file has more than 2 rows (the limit)", TabularFile.Read(csv, "a.csv", TabularFileLimits.Default with { MaxRows = 2 }).Error);
        Assert.Equal([3, 4, 6], TabularFile.Read(csv, "a.csv", TabularFileLimits.Default with { MaxRows = 3 }).File!.Rows.Select(r => r.Number)); // Blank rows do not count.
    }

    [Fact]
    public void Read_FileOverTheUploadLimit_SaysHowLargeItMayBe() =>
        Assert.Equal("The selected file must be smaller than 64 KB",
            TabularFile.Read(new byte[65 * 1024], "a.csv", TabularFileLimits.Default with { MaxUploadBytes = 64 * 1024 }).Error);

    [Fact]
    public void Read_RandomBytesWithoutNulNamedCsv_IsRefused()
    {
        var random = new Random(20260131);
        var bytes = new byte[200 * 1024];
        random.NextBytes(bytes);
        var noNul = bytes.Where(b => b != 0).ToArray();
        Assert.Equal("The selected file must be a CSV or Excel (.xlsx) file", TabularFile.Read(noNul, "data.csv").Error);
        // Nor without any control character at all: not UTF-8, and far too few letters for Windows-1252 text.
        var noControls = bytes.Where(b => b >= 0x20).ToArray();
        Assert.Equal("The selected file must be a CSV or Excel (.xlsx) file", TabularFile.Read(noControls, "data.csv").Error);
    }

    [Fact]
    public void Read_Windows1252TextWithAccentsAndStrayControlCharacters_IsStillText()
    {
        var text = "Name,Notes\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Café Renée {i},Crème brûlée\v{(i % 50 == 0 ? "\u001A" : "")}\r\n"));
        var (file, error) = TabularFile.Read(Encoding.GetEncoding(1252).GetBytes(text), "a.csv");
        Assert.Null(error);
        Assert.Equal(200, file!.Rows.Count);
        Assert.Equal("Café Renée 0", file.Rows[0].Cells[0]);
    }

    [Theory]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("[$-809]dd mmmm yyyy;@", true)]
    [InlineData("h:mm AM/PM", true)]
    [InlineData("[h]:mm:ss", true)]
    [InlineData("yyyy\\-mm\\-dd", true)]
    [InlineData("General", false)]
    [InlineData("0.00", false)]
    [InlineData("#,##0 \"days\"", false)]
    [InlineData("[Red]0.0", false)]
    [InlineData("0;[Red]-0;\"d\"", false)]
    public void IsDateFormat_NumberFormatCode_TellsDatesFromNumbers(string code, bool isDate) =>
        Assert.Equal(isDate, XlsxTableReader.IsDateFormat(code));

    /// <summary>Makes a zip entry claim another uncompressed size, in its local header and in the central directory.</summary>
    private static void ClaimSize(byte[] zip, string entryName, int size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }

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
