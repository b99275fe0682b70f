using System.Globalization;

namespace ProtectHub.Linkage.Tests;

/// <summary>
/// Values many different people share (placeholders, a family's email, a care home's phone) and people who share a
/// household or a birthday must not become one person: the guards that keep the model from collapsing on them.
/// </summary>
public class SharedValueTests
{
    private static readonly LinkageSettings Settings = LinkageSettings.DefaultPerson();

    /// <summary>A made-up name unique to <paramref name="n"/> (names lose their digits when normalised, so digits cannot tell them apart).</summary>
    private static string Word(int n, string start)
    {
        var letters = "bcdfghklmnprstvz";
        var word = start;
        do
        {
            word += letters[n % letters.Length] + "aeiou"[n / letters.Length % 5].ToString();
            n /= letters.Length * 5;
        }
        while (n > 0);
        return word;
    }

    [Fact]
    public void APlaceholderSharedByThousands_LinksNobodyOnItsOwn_AndIsReported()
    {
        var (header, rows, truth) = PeopleBuilder.Build(1500, seed: 11);
        // 3,000 different people whose form said none@none.com / 00000000000, plus 600 sharing a care home's phone.
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            rows.Add([$"p{i}", Word(i, "Al"), Word(random.Next(1_000_000), "Mor"), new DateOnly(1930, 1, 1).AddDays(random.Next(30_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "none@none.com", "00000000000", $"ZZ{i % 90} {i / 90 % 9 + 1}{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}", $"{random.Next(1, 300)} {Word(i, "Ros")} road"]);
        }

        for (var i = 0; i < 600; i++)
        {
            rows.Add([$"h{i}", Word(i, "Ber"), Word(random.Next(1_000_000), "Tan"), new DateOnly(1925, 1, 1).AddDays(random.Next(9000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                null, "01632 960000", $"YY{i % 50} {i / 50 % 9 + 1}{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}", $"{random.Next(1, 300)} {Word(i, "Elm")} way"]);
        }

        var progress = new StringWriter();
        var result = LinkageEngine.Dedupe(Settings, PeopleBuilder.Table(header, rows), progress);
        Assert.DoesNotContain(result.Pairs, p => p.LeftId[0] is 'p' or 'h' || p.RightId[0] is 'p' or 'h');
        Assert.Contains("'01632960000' appears in 600 records of phone: treated as missing", progress.ToString(), StringComparison.Ordinal);
        var (_, _, f1) = TestData.Score(truth, result.Pairs.Select(p => (p.LeftId, p.RightId)));
        Assert.True(f1 >= 0.95, $"F1 {f1:0.000} on the true duplicates beside the shared values");
        // The prior stays near the truth instead of counting thousands of placeholder pairs as matches.
        Assert.True(result.Model.Prior * rows.Count * (rows.Count - 1) / 2 < 5 * truth.Count, $"prior {result.Model.Prior}");
    }

    [Fact]
    public void HouseholdsAndTwins_AreNotOnePerson_ButTrueRepeatsAre()
    {
        var (header, rows, truth) = PeopleBuilder.Build(800, seed: 17);
        string[] wives = ["Margaret", "Susan", "Patricia", "Linda", "Carol", "Janet", "Brenda", "Pauline", "Sheila", "Valerie"];
        string[] husbands = ["Derek", "Keith", "Trevor", "Barry", "Malcolm", "Graham", "Roger", "Clive", "Nigel", "Dennis"];
        string[] streets = ["Acacia Avenue", "Beech Grove", "Cedar Close", "Damson Way", "Elder Road", "Fir Lane", "Gorse Hill", "Hazel Drive", "Ivy Court", "Juniper Walk"];
        for (var h = 0; h < 10; h++)
        {
            // A couple aged 70 and 72: same surname, address, postcode, landline and email; own first names and birthdays.
            var surname = Word(h * 7919, "Hol");
            var shared = new[] { surname, $"{h * 13 + 1} {streets[h]}", $"NG{h + 1} {h + 2}A{(char)('B' + h)}", $"0115 496 {h:0000}", $"the{surname.ToLowerInvariant()}s@example.org" };
            rows.Add([$"couple{h}a", wives[h], shared[0], new DateOnly(1956, 1 + h, 10 + h).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shared[4], shared[3], shared[2], shared[1]]);
            rows.Add([$"couple{h}b", husbands[h], shared[0], new DateOnly(1954, 12 - h, 20 - h).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shared[4], shared[3], shared[2], shared[1]]);
        }

        string[] girls = ["Amelia", "Isla", "Freya", "Poppy", "Ruby"];
        string[] boys = ["Oscar", "Theo", "Alfie", "Jude", "Reggie"];
        for (var t = 0; t < 5; t++)
        {
            // Twins: same surname, birthday and address; own first names, emails and phones.
            var surname = Word(t * 104_729, "Qu");
            var dob = new DateOnly(2001, 2 + t, 3 + t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Add([$"twin{t}a", girls[t], surname, dob, $"{girls[t].ToLowerInvariant()}.{t}@example.org", $"07700 9{t}1234", $"LE{t + 1} {t + 5}CD", $"{t * 17 + 7} Mill Lane"]);
            rows.Add([$"twin{t}b", boys[t], surname, dob, $"{boys[t].ToLowerInvariant()}.{t}@example.org", $"07911 5{t}6789", $"LE{t + 1} {t + 5}CD", $"{t * 17 + 7} Mill Lane"]);
        }

        var result = LinkageEngine.Dedupe(Settings, PeopleBuilder.Table(header, rows));
        Assert.DoesNotContain(result.Pairs, p => p.LeftId.StartsWith("couple", StringComparison.Ordinal) || p.LeftId.StartsWith("twin", StringComparison.Ordinal));
        // Without the groups the shared details win: the guard, not the data, keeps them apart.
        var unguarded = LinkageEngine.Dedupe(Settings with { NeverMatchWhenAllDisagree = [] }, PeopleBuilder.Table(header, rows));
        Assert.Contains(unguarded.Pairs, p => p.LeftId.StartsWith("couple", StringComparison.Ordinal));
        var (_, recall, _) = TestData.Score(truth, result.Pairs.Select(p => (p.LeftId, p.RightId)));
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }

    [Theory]
    [InlineData("none@none.com")]
    [InlineData("NOEMAIL@gmail.com")]
    [InlineData("unknown@nhs.net")]
    [InlineData("n/a")]
    public void PlaceholderEmails_AreMissing(string email)
    {
        var (header, rows, _) = PeopleBuilder.Build(50, seed: 3);
        rows.Add(["a", "Ann", "Placeholder", "1950-01-01", email, null, null, null]);
        var table = PeopleBuilder.Table(header, rows);
        var model = LinkageEngine.Train(Settings, table);
        var explained = model.Explain(new Dictionary<string, string?> { ["email"] = email }, new Dictionary<string, string?> { ["email"] = email });
        Assert.Equal("missing", explained.Contributions.Single(c => c.Field == "email").Level);
    }

    [Fact]
    public void NeverMatchGroups_NamingAnUnknownField_AreRefused()
    {
        var ex = Assert.Throws<LinkageException>(() => (Settings with { NeverMatchWhenAllDisagree = [["first_name", "birthday"]] }).Validate());
        Assert.Equal("neverMatchWhenAllDisagree names unknown field 'birthday'.", ex.Message);
    }
}

public class PlainWordsTests
{
    [Fact]
    public void Explanation_InPlainWords_SaysWhatAgreesWhatIsCloseAndWhatDiffers_WithHowLikely()
    {
        var explanation = new PairExplanation(-17, [
            new FieldContribution("first_name", "margaret", "maggie", "nickname", 6, 0, ""),
            new FieldContribution("surname", "smith", "smyth", "within 1 edit(s)", 5, 0, ""),
            new FieldContribution("dob", "19500512", "19500512", "exact match", 14, 0, ""),
            new FieldContribution("email", "a@b.org", "c@d.org", "no match", -6, 0, ""),
            new FieldContribution("phone", "07700900123", "07700900123", "exact match", 15, 0, ""),
            new FieldContribution("postcode", null, "LE1 6ZG", "missing", 0, 0, ""),
        ], 17, 0.9999);
        Assert.Equal("Same date of birth and phone; first name is a short form of the other; surname differs by one letter; email differs. Very likely the same person.",
            explanation.InPlainWords());
        Assert.Equal("possible", (explanation with { MatchProbability = 0.6 }).Likelihood);
        Assert.Equal("likely", (explanation with { MatchProbability = 0.95 }).Likelihood);
    }
}
