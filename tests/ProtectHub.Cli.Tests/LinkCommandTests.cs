namespace ProtectHub.Cli.Tests;

public sealed class LinkCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ph-link-").FullName;

    private static string Settings => Path.Combine(RepositoryRoot(), "docs", "linkage", "settings", "person.json");

    /// <summary>60 people and 15 duplicates with a typo, swapped names or a missing email.</summary>
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "Data", "people.csv");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProtectHub.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<CliProcess.Result> RunAsync(params string[] args) => CliProcess.RunAsync("Data Source=unused.db", null, args);

    [Fact]
    public async Task Dedupe_MalformedRows_AreReportedWithLineNumbersAndSkipped_WhenAskedTo()
    {
        var header = File.ReadLines(Sample).First();
        var columns = header.Split(',').Length;
        var good = string.Join(',', Enumerable.Repeat("x", columns));
        var input = Write("people.csv", $"{header}\n1{good[1..]}\n\"2,unterminated\n3,too,few\n");
        var pairs = Path.Combine(_folder, "pairs.csv");
        var result = await RunAsync("link", "dedupe", "--settings", Settings, "--input", input, "--pairs", pairs, "--skip-bad-rows");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("line 3: a quoted value starts here and is never closed; row skipped", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: expected", result.Error, StringComparison.Ordinal);
        Assert.Equal("id_l,id_r,match_probability", File.ReadLines(pairs).First());
    }

    [Fact]
    public async Task Dedupe_UnclosedQuote_StopsWithTheLineAndExitCode2_AndWritesNothing()
    {
        var header = File.ReadLines(Sample).First();
        var good = string.Join(',', Enumerable.Repeat("x", header.Split(',').Length));
        var input = Write("people.csv", $"{header}\n1{good[1..]}\n\"2{good[1..]}\n3{good[1..]}\n");
        var pairs = Path.Combine(_folder, "pairs.csv");
        var result = await RunAsync("link", "dedupe", "--settings", Settings, "--input", input, "--pairs", pairs);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"protecthub link: {input}: line 3: a quoted value starts here and is never closed. Correct the file, or skip such rows with --skip-bad-rows.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(pairs));
    }

    [Fact]
    public async Task Dedupe_HeaderOnly_GivesEmptyResultsWithHeaders()
    {
        var header = File.ReadLines(Sample).First();
        var input = Write("empty.csv", header + "\n");
        var pairs = Path.Combine(_folder, "pairs.csv");
        var clusters = Path.Combine(_folder, "clusters.csv");
        var result = await RunAsync("link", "dedupe", "--settings", Settings, "--input", input, "--pairs", pairs, "--clusters", clusters);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["id_l,id_r,match_probability"], File.ReadAllLines(pairs));
        Assert.Equal(["id,cluster_id"], File.ReadAllLines(clusters));
    }

    [Fact]
    public async Task Dedupe_MissingSettings_ExitsTwoWithOneClearLine()
    {
        var result = await RunAsync("link", "dedupe", "--settings", Path.Combine(_folder, "nope.json"), "--input", "x.csv", "--pairs", "p.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("protecthub link: Settings file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedupe_SampleWithDuplicates_FindsThemAndClustersEachPair()
    {
        var pairs = Path.Combine(_folder, "pairs.csv");
        var clusters = Path.Combine(_folder, "clusters.csv");
        var result = await RunAsync("link", "dedupe", "--settings", Settings, "--input", Sample, "--pairs", pairs, "--clusters", clusters);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"records 75 \(skipped 0\)", result.Output);
        var found = File.ReadAllLines(pairs).Skip(1).Select(l => l.Split(',')).ToList();
        // Every duplicate (ids 100 to 114) is matched to an original (ids 1 to 60), and nothing else is.
        var duplicatesFound = found.Count(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture) >= 100 != int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) >= 100);
        Assert.True(duplicatesFound >= 14, $"found {duplicatesFound} of 15 duplicates: {string.Join(" ", found.Select(p => p[0] + "-" + p[1]))}");
        Assert.True(found.Count <= 16, $"{found.Count} pairs for 15 duplicates");
        Assert.Equal(76, File.ReadAllLines(clusters).Length);
    }

    [Fact]
    public async Task LinkLink_TwoFiles_FindsTheSamePeople()
    {
        var sample = Sample;
        var pairs = Path.Combine(_folder, "pairs.csv");
        var result = await RunAsync("link", "link", "--settings", Settings, "--left", sample, "--right", sample, "--pairs", pairs);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("records", result.Output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(pairs).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r[0] == r[1]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SuggestBlocking_PrintsRulesWithPairsAndCompleteness_AndTheirSettingsJson()
    {
        var result = await RunAsync("link", "suggest-blocking", "--settings", Settings, "--input", Sample, "--max-pairs", "5000");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"1\. .+: [\d,]+ pairs, estimated completeness [01]\.\d{4}", result.Output);
        Assert.Matches(@"estimated pair completeness [01]\.\d{4} with [\d,]+ pairs \(\d+ candidate rules considered\)", result.Output);
        Assert.Contains("\"blockingRules\": [", result.Output, StringComparison.Ordinal);
        Assert.Contains("{ \"keys\": [", result.Output, StringComparison.Ordinal);
    }
}
