using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ProtectHub.Linkage.Tests;

public class CsvReaderTests
{
    private static LinkageTable Read(string text, StringWriter? log = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }
        return LinkageTable.ReadCsv(new MemoryStream(bytes), "id", log);
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
        var table = Read("id,name\n1,Ann\n2,Bob,extra\n,NoId\n1,Dup\n3,Cat\n4,\"unterminated\n", log);
        Assert.Equal(["1", "3"], table.Ids);
        Assert.Equal(4, table.SkippedRows);
        var text = log.ToString();
        Assert.Contains("line 3: expected 2 fields but found 3", text, StringComparison.Ordinal);
        Assert.Contains("line 4: the id is blank", text, StringComparison.Ordinal);
        Assert.Contains("line 5: duplicate id '1'", text, StringComparison.Ordinal);
        Assert.Contains("line 7: unterminated quoted field", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_EmptyInput_GivesEmptyTable()
    {
        Assert.Equal(0, Read(string.Empty).Count);
        Assert.Equal(0, Read("id,name\n").Count);
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
        var table = LinkageTable.ReadCsv(new MemoryStream(bytes), "id", TextWriter.Null);
        return (table.Count >= 0 && table.Ids.All(id => id.Length > 0)).ToProperty();
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
        var table = LinkageTable.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "id", TextWriter.Null);
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
            LinkageRunner.Dedupe(LinkageSettings.DefaultPerson(), input, pairs, clusters, TextWriter.Null);
            return (File.ReadLines(pairs).First() == "id_l,id_r,match_probability" && File.ReadLines(clusters).First() == "id,cluster_id").ToProperty();
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
