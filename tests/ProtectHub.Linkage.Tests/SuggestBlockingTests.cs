using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Tests;

/// <summary>
/// Blocking proposed for files whose columns the shipped settings were not written for: the estimate of pair
/// completeness is learned without labels, and the true completeness (from the files' labels) must reach 0.99 too.
/// </summary>
public class SuggestBlockingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Febrl2_WithAutoBlocking_ReachesEstimatedAndTruePairCompleteness()
    {
        var settings = LinkageSettings.Load(TestData.Settings("febrl.json")) with { BlockingRules = [], AutoBlocking = true };
        var table = LinkageTable.ReadCsv(TestData.Febrl("febrl2_input.csv"), settings.IdColumn);
        var truth = TestData.ReadPairs(TestData.Febrl("febrl2_true_pairs.csv"));

        var suggestion = LinkageEngine.SuggestBlocking(settings, table);

        Assert.True(suggestion.EstimatedCompleteness >= 0.99, suggestion.ToString());
        var completeness = TrueCompleteness(settings, table, suggestion, truth);
        output.WriteLine($"febrl2: true pair completeness {completeness:0.0000}\n{suggestion}");
        Assert.True(completeness >= 0.99, $"true pair completeness {completeness:0.0000}\n{suggestion}");
    }

    [Fact]
    public void OtherColumnsThanTheDefaults_AutoBlockingFindsThePairs_AndTheRunSaysHowMany()
    {
        // Person records with other names and no email or phone: the default person rules would block on columns that are not there.
        var (header, rows, truth) = PeopleBuilder.Build(2500, seed: 29);
        var renamed = new[] { "id", "given", "family", "born", "zip", "street" };
        var narrowed = rows.Select(r => new[] { r[0], r[1], r[2], r[3], r[6], r[7] }).ToList();
        var table = PeopleBuilder.Table(renamed, narrowed);
        var settings = LinkageSettings.Parse("""
            {
              "idColumn": "id",
              "compareAllPairsBelow": 0,
              "fields": [
                { "name": "given", "type": "name", "termFrequency": true, "swapWith": "family" },
                { "name": "family", "type": "name", "termFrequency": true, "swapWith": "given" },
                { "name": "born", "type": "date" },
                { "name": "zip", "type": "postcode" },
                { "name": "street", "type": "text" }
              ],
              "blockingRules": "auto"
            }
            """);
        Assert.True(settings.AutoBlocking);

        var progress = new StringWriter();
        var result = LinkageEngine.Dedupe(settings, table, progress);

        Assert.Contains("automatic blocking:", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("estimated recall of the blocking", progress.ToString(), StringComparison.Ordinal);
        var suggestion = LinkageEngine.SuggestBlocking(settings with { AutoBlocking = false }, table);
        Assert.True(suggestion.EstimatedCompleteness >= 0.99, suggestion.ToString());
        var completeness = TrueCompleteness(settings, table, suggestion, truth);
        output.WriteLine($"generated, other columns: true pair completeness {completeness:0.0000}\n{suggestion}");
        Assert.True(completeness >= 0.99, suggestion.ToString());
        var (_, recall, f1) = TestData.Score(truth, result.Pairs.Select(p => (p.LeftId, p.RightId)));
        Assert.True(f1 >= 0.95 && recall >= 0.95, $"F1 {f1:0.000}, recall {recall:0.000}");
    }

    [Fact]
    public void BlockingRules_AsAnyOtherWord_IsRefused()
    {
        var ex = Assert.Throws<LinkageException>(() => LinkageSettings.Parse("""{ "fields": [{ "name": "a" }], "blockingRules": "automatic" }"""));
        Assert.Equal("blockingRules is 'automatic': give a list of rules, or \"auto\" to have ProtectHub propose them.", ex.Message);
    }

    /// <summary>The share of the labelled matching pairs that at least one suggested rule puts in the same block.</summary>
    private static double TrueCompleteness(LinkageSettings settings, LinkageTable table, BlockingSuggestion suggestion, HashSet<(string, string)> truth)
    {
        var job = new LinkageJob(settings with { BlockingRules = [.. suggestion.Rules.Select(r => r.Rule)], AutoBlocking = false, CompareAllPairsBelow = 0, MaxCandidatePairs = long.MaxValue },
            [table], PairFilter.All, null);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < job.RecordIds.Length; r++)
        {
            index[job.RecordIds[r]] = r;
        }

        var found = truth.Count(p => index.TryGetValue(p.Item1, out var i) && index.TryGetValue(p.Item2, out var j)
            && Enumerable.Range(0, suggestion.Rules.Count).Any(r => job.Candidates.Covers(r, i, j)));
        return (double)found / truth.Count;
    }
}
