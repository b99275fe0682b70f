using System.Text;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Tests;

public class InvalidRowsTests
{
    [Fact]
    public async Task CsvAsync_RowsShorterAndLongerThanTheHeaderRow_KeepTheReasonsInOneColumn()
    {
        List<(TabularFile.Row, string)> invalid = [(new TabularFile.Row(2, ["a"]), "short"), (new TabularFile.Row(3, ["a", "b", "c", "d"]), "long")];
        var csv = Encoding.UTF8.GetString(await InvalidRows.CsvAsync(["One", "Two", "Three"], invalid, CancellationToken.None)).TrimStart('\uFEFF');
        Assert.Equal(["Row,One,Two,Three,,Errors", "2,a,,,,short", "3,a,b,c,d,long"], csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
