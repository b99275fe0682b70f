using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Tests;

public class ComparisonLevelTests
{
    private static readonly LinkageSettings Person = LinkageSettings.DefaultPerson() with
    {
        Fields =
        [
            .. LinkageSettings.DefaultPerson().Fields,
            new FieldSettings { Name = "weight", Type = FieldType.Numeric, Levels = [new(ComparisonKind.Exact), new(ComparisonKind.NumericAbsolute, 2)] },
            new FieldSettings { Name = "seen", Type = FieldType.Date, Levels = [new(ComparisonKind.Exact), new(ComparisonKind.WithinDays, 7)] },
        ],
    };

    /// <summary>The level label of <paramref name="field"/> for two records that differ only in the given columns.</summary>
    private static string Level(string field, (string Column, string? Left, string? Right)[] values)
    {
        var header = new List<string> { "id" };
        var left = new List<string?> { "1" };
        var right = new List<string?> { "2" };
        foreach (var (column, l, r) in values)
        {
            header.Add(column);
            left.Add(l);
            right.Add(r);
        }
        var table = LinkageTable.FromRows(header, "id", [left, right]);
        var fields = LinkageJob.CompileFields(Person);
        var prepared = new PreparedField[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            prepared[f] = PreparedField.Build(fields[f].Settings, [table]);
        }
        var index = Array.FindIndex(fields, f => f.Settings.Name == field);
        var level = fields[index].Level(prepared, 0, 1);
        return level < 0 ? "missing" : fields[index].LevelLabel(level);
    }

    private static string Level(string field, string? left, string? right) => Level(field, [(field, left, right)]);

    [Theory]
    [InlineData("William", "Bill", "nickname")]
    [InlineData("Margaret", "Peggy", "nickname")]
    [InlineData("Elizabeth", "Liz", "nickname")]
    [InlineData("Robert", "Bob", "nickname")]
    [InlineData("J", "John", "initial")]
    [InlineData("José", "jose", "exact match")]
    [InlineData("Jon", "John", "within 1 edit(s)")]
    [InlineData("Jonathan", "Jonathon", "within 1 edit(s)")]
    [InlineData("Christopher", "Kristofer", "Jaro-Winkler >= 0.7")]
    [InlineData("Alice", "Zed", "no match")]
    public void Level_FirstNames_PickExpectedLevel(string left, string right, string expected) =>
        Assert.Equal(expected, Level("first_name", left, right));

    [Theory]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Smith-Jones", "Smith Jones")]
    [InlineData("Müller", "MULLER")]
    public void Level_SurnamesWithApostrophesHyphensAccents_AreExact(string left, string right) =>
        Assert.Equal("exact match", Level("surname", left, right));

    [Fact]
    public void Level_NamesSwappedBetweenFields_IsSwapped()
    {
        var values = new[] { ("first_name", (string?)"Smith", (string?)"John"), ("surname", "John", "Smith") };
        Assert.Equal("swapped with another field", Level("first_name", values));
        // Counted once: the surname side of the same swap is neutral.
        Assert.Equal("missing", Level("surname", values));
    }

    [Fact]
    public void Level_NamesSwappedWithTypos_IsSwapped()
    {
        var values = new[] { ("first_name", (string?)"Thmas", (string?)"Wiliams"), ("surname", "Williams", "Thomas") };
        Assert.Equal("swapped with another field", Level("first_name", values));
    }

    [Fact]
    public void Level_DifferentNamesInOtherField_IsNotSwapped()
    {
        var values = new[] { ("first_name", (string?)"John", (string?)"Jones"), ("surname", "Smith", "Peter") };
        Assert.NotEqual("swapped with another field", Level("first_name", values));
    }

    [Theory]
    [InlineData("1987-02-05", "05/02/1987", "exact match")]
    [InlineData("1987-02-05", "1987-05-02", "day and month transposed")]
    [InlineData("1987-02-05", "1987-02-06", "within 1 edit(s)")]
    [InlineData("1987-02-05", "1987-11-30", "within 1 years")]
    [InlineData("1987-02-05", "1980-06-30", "within 10 years")]
    [InlineData("1987-02-05", "1950-06-30", "no match")]
    public void Level_Dates_PickExpectedLevel(string left, string right, string expected) =>
        Assert.Equal(expected, Level("dob", left, right));

    [Theory]
    [InlineData("2024-01-01", "2024-01-06", "within 7 days")]
    [InlineData("2024-01-01", "2024-02-01", "no match")]
    public void Level_DatesWithinDays_UsesCalendarDistance(string left, string right, string expected) =>
        Assert.Equal(expected, Level("seen", left, right));

    [Theory]
    [InlineData("SW1A 1AA", "sw1a1aa", "exact match")]
    [InlineData("SW1A 1AA", "SW1A 1BB", "same postcode sector")]
    [InlineData("SW1A 1AA", "SW1A 2BB", "same outward code")]
    [InlineData("SW1A 1AA", "M1 1AE", "no match")]
    public void Level_Postcodes_PickExpectedLevel(string left, string right, string expected) =>
        Assert.Equal(expected, Level("postcode", left, right));

    [Theory]
    [InlineData("jane.doe@example.com", "JANE.DOE@example.com", "exact match")]
    [InlineData("jane.doe@example.com", "jane.do@exmple.com", "no match")]
    [InlineData("jane.doe@example.com", "jane.doe@work.org", "same email local part")]
    [InlineData("jane.doe@example.com", "bob@other.net", "no match")]
    public void Level_Emails_PickExpectedLevel(string left, string right, string expected) =>
        Assert.Equal(expected, Level("email", left, right));

    [Theory]
    [InlineData("+44 7700 900123", "07700900123", "exact match")]
    [InlineData("07700 900123", "07700 900124", "within 1 edit(s)")]
    public void Level_UkPhones_NormaliseBeforeComparing(string left, string right, string expected) =>
        Assert.Equal(expected, Level("phone", left, right));

    [Theory]
    [InlineData("70.5", "72", "within 2")]
    [InlineData("70", "80", "no match")]
    [InlineData("70", "seventy", "no match")]
    public void Level_Numbers_UseTolerance(string left, string right, string expected) =>
        Assert.Equal(expected, Level("weight", left, right));

    [Theory]
    [InlineData(null, "Smith")]
    [InlineData("", "Smith")]
    [InlineData("  ", "  ")]
    public void Level_MissingValue_IsMissing(string? left, string? right) =>
        Assert.Equal("missing", Level("surname", left, right));
}
