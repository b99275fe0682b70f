namespace ProtectHub.Linkage.Tests;

public sealed class RunnerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("linkage-runner");

    public void Dispose() => _dir.Delete(true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    private void WriteCsv(string name, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var writer = new StreamWriter(PathOf(name));
        writer.WriteLine(string.Join(",", header));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(",", row.Select(v => v is null ? string.Empty : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        }
    }

    [Fact]
    public void Dedupe_CsvFiles_WritesPairsClustersAndSummary()
    {
        var (header, rows, truth) = PeopleBuilder.Build(300, seed: 41);
        WriteCsv("people.csv", header, rows);
        var settingsPath = PathOf("settings.json");
        File.WriteAllText(settingsPath, LinkageSettings.DefaultPerson().ToJson());
        var progress = new StringWriter();

        var summary = LinkageRunner.Dedupe(settingsPath, PathOf("people.csv"), PathOf("pairs.csv"), PathOf("clusters.csv"), progress);

        Assert.Equal(rows.Count, summary.Records);
        var pairLines = File.ReadAllLines(PathOf("pairs.csv"));
        Assert.Equal("id_l,id_r,match_probability", pairLines[0]);
        Assert.Equal(summary.Matches, pairLines.Length - 1);
        Assert.All(pairLines.Skip(1), l => Assert.True(double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture) >= 0.5));
        var clusterLines = File.ReadAllLines(PathOf("clusters.csv"));
        Assert.Equal("id,cluster_id", clusterLines[0]);
        Assert.Equal(rows.Count, clusterLines.Length - 1);
        Assert.Equal(summary.Clusters, clusterLines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count());
        Assert.True(summary.Matches >= truth.Count * 0.9);
        Assert.Contains(summary.ToString(), progress.ToString(), StringComparison.Ordinal);
        Assert.True(summary.PeakMemoryBytes > 0 && summary.Seconds > 0);
    }

    [Fact]
    public void Dedupe_HeaderOnlyInput_WritesEmptyOutputsWithHeaders()
    {
        File.WriteAllText(PathOf("empty.csv"), "id,first_name,surname\n");
        var summary = LinkageRunner.Dedupe(LinkageSettings.DefaultPerson(), PathOf("empty.csv"), PathOf("pairs.csv"), PathOf("clusters.csv"), TextWriter.Null);
        Assert.Equal(0, summary.Records);
        Assert.Equal(["id_l,id_r,match_probability"], File.ReadAllLines(PathOf("pairs.csv")));
        Assert.Equal(["id,cluster_id"], File.ReadAllLines(PathOf("clusters.csv")));
    }

    [Fact]
    public void Dedupe_MissingInputFile_ThrowsLinkageExceptionNamingIt()
    {
        var ex = Assert.Throws<LinkageException>(() =>
            LinkageRunner.Dedupe(LinkageSettings.DefaultPerson(), PathOf("nope.csv"), PathOf("pairs.csv"), null, TextWriter.Null));
        Assert.Contains("nope.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TwoFiles_WritesCrossFilePairs()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 43);
        WriteCsv("a.csv", header, rows.Where((_, i) => i % 2 == 0));
        WriteCsv("b.csv", header, rows.Where((_, i) => i % 2 == 1));
        var leftIds = File.ReadLines(PathOf("a.csv")).Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToHashSet();

        var summary = LinkageRunner.Link(LinkageSettings.DefaultPerson(), PathOf("a.csv"), PathOf("b.csv"), PathOf("pairs.csv"), TextWriter.Null);

        var lines = File.ReadAllLines(PathOf("pairs.csv"));
        Assert.True(summary.Matches > 0);
        Assert.All(lines.Skip(1), l => Assert.Contains(l.Split(',')[0], leftIds));
    }

    [Fact]
    public void LinkIncremental_SavedModel_MatchesFullRunClusters()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 47);
        WriteCsv("all.csv", header, rows);
        WriteCsv("old.csv", header, rows.Take(250));
        WriteCsv("new.csv", header, rows.Skip(250));
        var settings = LinkageSettings.DefaultPerson();
        LinkageRunner.Dedupe(settings, PathOf("all.csv"), PathOf("full_pairs.csv"), PathOf("full_clusters.csv"), TextWriter.Null, PathOf("model.json"));
        var model = LinkageModel.Load(PathOf("model.json"));
        var old = LinkageTable.ReadCsv(PathOf("old.csv"), "id");
        var before = LinkageEngine.Dedupe(model, old);
        File.WriteAllLines(PathOf("old_clusters.csv"), ["id,cluster_id", .. before.RecordIds.Select((id, i) => $"{id},{before.ClusterIds[i]}")]);

        LinkageRunner.LinkIncremental(PathOf("model.json"), PathOf("old.csv"), PathOf("old_clusters.csv"), PathOf("new.csv"), PathOf("inc_pairs.csv"), PathOf("inc_clusters.csv"), TextWriter.Null);

        Assert.Equal(File.ReadAllLines(PathOf("full_clusters.csv")), File.ReadAllLines(PathOf("inc_clusters.csv")));
    }
}
