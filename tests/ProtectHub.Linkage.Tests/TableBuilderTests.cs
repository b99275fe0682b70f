namespace ProtectHub.Linkage.Tests;

/// <summary>Tables built in memory: from rows (in blocks) and from columns give the same records, ids checked alike.</summary>
public class TableBuilderTests
{
    private static readonly string[] Header = ["name", "id", "town"];

    private static string?[][] Rows(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new string?[] { $"Person {i % 7}", i == 3 ? " " : i == 5 ? "r1" : $"r{i}", i % 2 == 0 ? $" Town {i % 3} " : null }),
    ];

    [Theory]
    [InlineData(10)]
    [InlineData(70_000)] // more than one block of rows
    public void FromRowsAndFromColumns_SkipBlankAndDuplicateIds_AndKeepEveryOtherValue(int count)
    {
        var rows = Rows(count);
        var byRows = LinkageTable.FromRows(Header, "id", rows);
        var byColumns = LinkageTable.FromColumns(Header, "id", rows.Length, (r, c) => rows[r][c]);

        foreach (var table in new[] { byRows, byColumns })
        {
            Assert.Equal(count - 2, table.Count); // row 3's id is blank, row 5 repeats row 1's
            Assert.Equal(2, table.SkippedRows);
            Assert.DoesNotContain("r3", table.Ids);
            var kept = Enumerable.Range(0, count).Where(i => i is not 3 and not 5).ToList();
            for (var k = 0; k < kept.Count; k += Math.Max(1, kept.Count / 50))
            {
                var i = kept[k];
                Assert.Equal($"r{i}", table.Ids[k]);
                Assert.Equal($"Person {i % 7}", table.GetValue(k, "name"));
                Assert.Equal(i % 2 == 0 ? $"Town {i % 3}" : null, table.GetValue(k, "town"));
            }
        }
    }

    [Fact]
    public void FromRows_RowOfTheWrongLength_IsSkipped()
    {
        var table = LinkageTable.FromRows(Header, "id", [["Ann", "a", "Leeds"], ["Bob", "b"], ["Cat", "c", null]]);
        Assert.Equal(["a", "c"], table.Ids);
        Assert.Equal(1, table.SkippedRows);
    }
}
