namespace ProtectHub.Linkage.Tests;

/// <summary>Locates the shared FEBRL data next to the repository.</summary>
internal static class TestData
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProtectHub.slnx")) || Directory.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
            dir = dir.Parent;
        }
        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }

    public static string Febrl(string file) => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "datasets", "linkage", "febrl", file));

    public static string Settings(string file) => Path.Combine(RepoRoot(), "docs", "linkage", "settings", file);

    /// <summary>Reads id pairs (first two columns) as canonical "small,large" strings.</summary>
    public static HashSet<(string, string)> ReadPairs(string path)
    {
        var set = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length < 2)
            {
                continue;
            }
            set.Add(Canon(parts[0].Trim(), parts[1].Trim()));
        }
        return set;
    }

    public static (string, string) Canon(string a, string b) =>
        long.TryParse(a, out var x) && long.TryParse(b, out var y)
            ? (x < y ? (a, b) : (b, a))
            : (string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));

    public static (double Precision, double Recall, double F1) Score(HashSet<(string, string)> truth, IEnumerable<(string, string)> predicted)
    {
        var pred = new HashSet<(string, string)>();
        foreach (var (a, b) in predicted)
        {
            pred.Add(Canon(a, b));
        }
        var tp = pred.Count(truth.Contains);
        var precision = pred.Count == 0 ? 0 : (double)tp / pred.Count;
        var recall = truth.Count == 0 ? 0 : (double)tp / truth.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
