using System.Diagnostics;
using System.Globalization;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>
/// Generates N synthetic people (once, cached under the output folder), then times a separate process that runs the
/// CSV-in, pairs-and-clusters-out deduplication, and scores its pairs against the generator's ground truth.
/// </summary>
internal static class EndToEnd
{
    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        var output = Path.Combine(Path.GetTempPath(), "protecthub-linkage-bench");
        string? settings = null;
        var hard = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--records" when i + 1 < args.Length:
                    sizes.Add(int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--settings" when i + 1 < args.Length:
                    settings = args[++i];
                    break;
                case "--hard":
                    hard = true;
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }
        if (sizes.Count == 0)
        {
            sizes.AddRange([10_000, 100_000, 1_000_000]);
        }
        settings ??= FindDefaultSettings();
        Console.WriteLine("| records | seconds | peak memory (MB) | candidate pairs | matches | precision | recall | F1 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var dir = Path.Combine(output, n.ToString(CultureInfo.InvariantCulture) + (hard ? "-hard" : ""));
            if (!File.Exists(Path.Combine(dir, "true_pairs.csv")))
            {
                Console.Error.WriteLine($"generating {n:N0} records in {dir}{(hard ? " (with placeholders, households, twins and shared emails)" : "")}");
                SyntheticPeople.Write(n, dir, seed: 20261122, hard);
            }
            var pairs = Path.Combine(dir, "pairs.csv");
            var clusters = Path.Combine(dir, "clusters.csv");
            var start = new ProcessStartInfo(Environment.ProcessPath!, ["dedupe", settings, Path.Combine(dir, "people.csv"), pairs, clusters])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var clock = Stopwatch.StartNew();
            using var child = Process.Start(start)!;
            string? last = null;
            string? lineText;
            long candidates = 0;
            while ((lineText = child.StandardError.ReadLine()) is not null)
            {
                Console.Error.WriteLine(lineText);
                last = lineText;
            }
            child.WaitForExit();
            var seconds = clock.Elapsed.TotalSeconds;
            var peak = ParsePeak(last);
            candidates = ParseCount(last, "candidate pairs ");
            var (precision, recall, f1, predicted) = Score(Path.Combine(dir, "true_pairs.csv"), pairs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {seconds:0.00} | {peak:N0} | {candidates:N0} | {predicted:N0} | {precision:0.0000} | {recall:0.0000} | {f1:0.0000} |"));
        }
        return 0;
    }

    private static string FindDefaultSettings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "linkage", "settings", "person.json")))
        {
            dir = dir.Parent;
        }
        return dir is null ? throw new FileNotFoundException("docs/linkage/settings/person.json not found; pass --settings") : Path.Combine(dir.FullName, "docs", "linkage", "settings", "person.json");
    }

    private static double ParsePeak(string? summary)
    {
        if (summary is null)
        {
            return double.NaN;
        }
        var at = summary.IndexOf("peak memory ", StringComparison.Ordinal);
        if (at < 0)
        {
            return double.NaN;
        }
        var rest = summary[(at + 12)..].Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal);
        return double.Parse(rest, CultureInfo.InvariantCulture);
    }

    private static long ParseCount(string? summary, string label)
    {
        if (summary is null)
        {
            return 0;
        }
        var at = summary.IndexOf(label, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }
        var rest = summary[(at + label.Length)..].Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal);
        return long.Parse(rest, CultureInfo.InvariantCulture);
    }

    private static (double Precision, double Recall, double F1, long Predicted) Score(string truthPath, string pairsPath)
    {
        var truth = new HashSet<long>();
        foreach (var line in File.ReadLines(truthPath).Skip(1))
        {
            truth.Add(Key(line));
        }
        long tp = 0;
        long predicted = 0;
        var seen = new HashSet<long>();
        foreach (var line in File.ReadLines(pairsPath).Skip(1))
        {
            var key = Key(line);
            if (!seen.Add(key))
            {
                continue;
            }
            predicted++;
            if (truth.Contains(key))
            {
                tp++;
            }
        }
        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = truth.Count == 0 ? 0 : (double)tp / truth.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, predicted);
    }

    private static long Key(string line)
    {
        var parts = line.Split(',');
        var a = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var b = long.Parse(parts[1], CultureInfo.InvariantCulture);
        return (Math.Min(a, b) << 32) | Math.Max(a, b);
    }
}
