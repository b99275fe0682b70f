using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ProtectHub.Linkage.Tests;

public class CsvReaderTests
{
    private static LinkageTable Read(string text, StringWriter? log = null, bool bom = false, bool skipBadRows = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }
        return LinkageTable.ReadCsv(new MemoryStream(bytes), "id", log, read: new LinkageReadOptions(skipBadRows));
    }

    [Fact]
    public void ReadCsv_QuotedFields_HandlesCommasQuotesAndNewlines()
    {
        var table = Read("id,name,address\r\n1,\"Smith, John\",\"12 \"\"The Elms\"\"\nLeeds\"\r\n2,Jane,\r\n");
        Assert.Equal(2, table.Count);
        Assert.Equal("Smith, John", table.GetValue(0, "name"));
        Assert.Equal("12 \"The Elms\"\nLeeds", table.GetValue(0, "address"));
        Assert.Null(table.GetValue(1, "address"));
    }

    [Fact]
    public void ReadCsv_Utf8WithBom_ReadsHeaderAndAccents()
    {
        var table = Read("id,name\n1,Zoë\n", bom: true);
        Assert.Equal("id", table.Header[0]);
        Assert.Equal("Zoë", table.GetValue(0, "name"));
    }

    [Fact]
    public void ReadCsv_LeadingZeros_AreKeptAsText()
    {
        var table = Read("id,postcode\n1,0800\n");
        Assert.Equal("0800", table.GetValue(0, "postcode"));
    }

    [Fact]
    public void ReadCsv_MalformedRows_AreReportedWithLineNumbersAndSkipped()
    {
        var log = new StringWriter();
        var table = Read("id,name\n1,Ann\n2,Bob,extra\n,NoId\n1,Dup\n3,Cat\n", log);
        Assert.Equal(["1", "3"], table.Ids);
        Assert.Equal(3, table.SkippedRows);
        var text = log.ToString();
        Assert.Contains("line 3: expected 2 fields but found 3", text, StringComparison.Ordinal);
        Assert.Contains("line 4: the id is blank", text, StringComparison.Ordinal);
        Assert.Contains("line 5: duplicate id '1'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_UnclosedQuote_IsAnErrorNamingTheLineWhereItOpened_NotASilentLossOfTheRowsAfter()
    {
        var rows = string.Concat(Enumerable.Range(4, 997).Select(i => $"{i},Person {i}\n"));
        var ex = Assert.Throws<LinkageException>(() => Read("id,name\n1,Ann\n2,\"Bob\n" + rows));
        Assert.Equal("input: line 3: a quoted value starts here and is never closed. Correct the file, or skip such rows with --skip-bad-rows.", ex.Message);
    }

    [Fact]
    public void ReadCsv_SkipBadRows_SkipsTheBadRowAlone_AndReadsOnFromTheNextLine()
    {
        var rows = string.Concat(Enumerable.Range(4, 997).Select(i => $"{i},Person {i}\n"));
        var log = new StringWriter();
        var table = Read("id,name\n1,Ann\n2,\"Bob\n" + rows, log, skipBadRows: true);
        Assert.Equal(998, table.Count);
        Assert.Equal(1, table.SkippedRows);
        Assert.Equal("Person 4", table.GetValue(1, "name"));
        Assert.Contains("line 3: a quoted value starts here and is never closed; row skipped", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_TextAfterAClosingQuote_IsAnError_OrWithSkipBadRowsThatRowAlone()
    {
        var ex = Assert.Throws<LinkageException>(() => Read("id,name\n1,\"Ann\"ie\n2,Bob\n"));
        Assert.StartsWith("input: line 2: a quoted value starts here and its closing quote is followed by other text", ex.Message, StringComparison.Ordinal);
        var table = Read("id,name\n1,\"Ann\"ie\n2,Bob\n3,\"Cy\nril\"\n4,Dee\n", skipBadRows: true);
        Assert.Equal(["2", "3", "4"], table.Ids);
        Assert.Equal("Cy\nril", table.GetValue(1, "name"));
    }

    [Fact]
    public void ReadCsv_StrayQuoteClosedLinesLater_IsCaughtAtTheLineWhereItOpened()
    {
        // The stray quote on line 3 pairs with the first quote of line 6; what follows it is not a separator.
        var ex = Assert.Throws<LinkageException>(() => Read("id,name\n1,Ann\n2,\"Bob\n3,Cat\n4,Dan\n5,\"Eve\",x\n"));
        Assert.Contains("line 3:", ex.Message, StringComparison.Ordinal);
        var table = Read("id,name\n1,Ann\n2,\"Bob\n3,Cat\n4,Dan\n5,\"Eve\"\n", skipBadRows: true);
        Assert.Equal(["1", "3", "4", "5"], table.Ids);
        Assert.Equal("Eve", table.GetValue(3, "name"));
    }

    [Fact]
    public void ReadCsv_HeaderOnly_GivesEmptyTable_ButAnEmptyFileIsAnError()
    {
        Assert.Equal(0, Read("id,name\n").Count);
        var ex = Assert.Throws<LinkageException>(() => Read(string.Empty));
        Assert.Equal("input: the file is empty: a linkage input needs at least its header row.", ex.Message);
    }

    [Fact]
    public void ReadCsv_InvalidUtf8_IsAnErrorNamingTheLine_UnlessAnotherEncodingIsGiven()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("id,name\n1,Ann\n2,Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n3,Dee\n")];
        var ex = Assert.Throws<LinkageException>(() => LinkageTable.ReadCsv(new MemoryStream(bytes), "id"));
        Assert.Equal("input: line 3: the file is not valid UTF-8 (save it as UTF-8, or give its encoding, such as --encoding windows-1252).", ex.Message);
        var table = LinkageTable.ReadCsv(new MemoryStream(bytes), "id", read: new LinkageReadOptions(Encoding: LinkageReadOptions.EncodingNamed("windows-1252")));
        Assert.Equal("Café", table.GetValue(1, "name"));
    }

    [Fact]
    public void ReadCsv_Utf8SplitAcrossReads_IsRead()
    {
        // Multi-byte characters straddle the 64 KB read boundaries somewhere in this many rows.
        var text = "id,name\n" + string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},Zoë Łukasz 東京 {i}\n"));
        var table = Read(text);
        Assert.Equal(20_000, table.Count);
        Assert.Equal("Zoë Łukasz 東京 20000", table.GetValue(19_999, "name"));
    }

    [Fact]
    public void ReadCsv_HeaderWithoutIdColumn_ThrowsNamingTheColumn()
    {
        var ex = Assert.Throws<LinkageException>(() => Read("key,name\n1,a\n"));
        Assert.Contains("'id'", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property ReadCsv_RandomBytes_NeverCrashes(byte[] body)
    {
        var bytes = Encoding.UTF8.GetBytes("id,a,b\n").Concat(body).ToArray();
        // Strict: either a table of rows with ids, or an error naming a line; never another exception.
        try
        {
            var table = LinkageTable.ReadCsv(new MemoryStream(bytes), "id", TextWriter.Null);
            return table.Ids.All(id => id.Length > 0).ToProperty();
        }
        catch (LinkageException e)
        {
            return e.Message.StartsWith("input: line ", StringComparison.Ordinal).ToProperty();
        }
    }

    [Property(MaxTest = 300)]
    public Property ReadCsv_RandomQuotesAndSeparators_NeverCrashes(NonNull<string> noise)
    {
        var alphabet = "\",\r\na \"\"";
        var sb = new StringBuilder("id,a,b\n");
        foreach (var c in noise.Get)
        {
            sb.Append(alphabet[c % alphabet.Length]).Append(c % 3 == 0 ? ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }
        // Skipping bad rows, any mix of quotes and separators reads to the end.
        var table = LinkageTable.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "id", TextWriter.Null, read: new LinkageReadOptions(SkipBadRows: true));
        return (table.Ids.Distinct().Count() == table.Count).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property Runner_RandomInputFile_NeverCrashesAndWritesHeaders(byte[] body)
    {
        var dir = Directory.CreateTempSubdirectory("linkage-fuzz");
        try
        {
            var input = Path.Combine(dir.FullName, "in.csv");
            File.WriteAllBytes(input, [.. Encoding.UTF8.GetBytes("id,first_name,surname,dob\n"), .. body]);
            var pairs = Path.Combine(dir.FullName, "pairs.csv");
            var clusters = Path.Combine(dir.FullName, "clusters.csv");
            try
            {
                LinkageRunner.Dedupe(LinkageSettings.DefaultPerson(), input, pairs, clusters, TextWriter.Null);
            }
            catch (LinkageException e)
            {
                // A malformed quoted value is a clear error naming its line, and nothing is written.
                return (e.Message.Contains(": line ", StringComparison.Ordinal) && !File.Exists(pairs)).ToProperty();
            }

            return (File.ReadLines(pairs).First() == "id_l,id_r,match_probability" && File.ReadLines(clusters).First() == "id,cluster_id").ToProperty();
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
