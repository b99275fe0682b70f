using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ProtectHub.Linkage;

/// <summary>
/// File-to-file linkage for the command line: reads CSV, trains, scores, writes <c>id_l,id_r,match_probability</c> and
/// <c>id,cluster_id</c>, reports progress and returns a summary. Malformed rows are reported and skipped; settings
/// problems throw <see cref="LinkageException"/> with a message fit for the user.
/// </summary>
public static class LinkageRunner
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Deduplicates one CSV file using settings from a JSON file.</summary>
    /// <param name="settingsPath">The settings JSON file.</param>
    /// <param name="inputCsvPath">The records.</param>
    /// <param name="pairsOutPath">Where to write matching pairs.</param>
    /// <param name="clustersOutPath">Where to write each record's cluster, or null for none.</param>
    /// <param name="progress">Progress and diagnostics (stderr for the command line).</param>
    /// <param name="read">How inputs are read (strict by default: a malformed quoted value stops the run with its line).</param>
    /// <param name="modelOutPath">Where to save the trained model for later incremental runs, or null.</param>
    /// <exception cref="LinkageException">Bad settings, missing id column or too many candidate pairs.</exception>
    public static LinkageSummary Dedupe(string settingsPath, string inputCsvPath, string pairsOutPath, string? clustersOutPath, TextWriter progress, string? modelOutPath = null, LinkageReadOptions? read = null) =>
        Dedupe(LoadSettings(settingsPath), inputCsvPath, pairsOutPath, clustersOutPath, progress, modelOutPath, read);

    /// <summary>Deduplicates one CSV file.</summary>
    /// <inheritdoc cref="Dedupe(string, string, string, string?, TextWriter, string?, LinkageReadOptions?)"/>
    public static LinkageSummary Dedupe(LinkageSettings settings, string inputCsvPath, string pairsOutPath, string? clustersOutPath, TextWriter progress, string? modelOutPath = null, LinkageReadOptions? read = null)
    {
        var clock = Stopwatch.StartNew();
        progress = new Internals.TimestampWriter(progress, clock);
        settings.Validate();
        progress.WriteLine($"reading {inputCsvPath}");
        var table = Read(inputCsvPath, settings.IdColumn, progress, read);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Count:N0} records"));
        var result = LinkageEngine.Dedupe(settings, table, progress);
        WritePairs(pairsOutPath, result.Pairs);
        if (clustersOutPath is not null)
        {
            WriteClusters(clustersOutPath, result.RecordIds, result.ClusterIds);
        }
        if (modelOutPath is not null)
        {
            result.Model.Save(modelOutPath);
        }
        return Finish(progress, clock, table.Count, table.SkippedRows, result);
    }

    /// <summary>Links two CSV files using settings from a JSON file; only pairs across the files are compared.</summary>
    /// <param name="settingsPath">The settings JSON file.</param>
    /// <param name="leftCsvPath">The first file.</param>
    /// <param name="rightCsvPath">The second file.</param>
    /// <param name="pairsOutPath">Where to write matching pairs (id_l from the left file, id_r from the right).</param>
    /// <param name="progress">Progress and diagnostics.</param>
    /// <param name="read">How inputs are read (strict by default: a malformed quoted value stops the run with its line).</param>
    /// <param name="clustersOutPath">Where to write clusters over both files, or null.</param>
    /// <exception cref="LinkageException">Bad settings, missing id column or too many candidate pairs.</exception>
    public static LinkageSummary Link(string settingsPath, string leftCsvPath, string rightCsvPath, string pairsOutPath, TextWriter progress, string? clustersOutPath = null, LinkageReadOptions? read = null) =>
        Link(LoadSettings(settingsPath), leftCsvPath, rightCsvPath, pairsOutPath, progress, clustersOutPath, read);

    /// <summary>Links two CSV files.</summary>
    /// <inheritdoc cref="Link(string, string, string, string, TextWriter, string?, LinkageReadOptions?)"/>
    public static LinkageSummary Link(LinkageSettings settings, string leftCsvPath, string rightCsvPath, string pairsOutPath, TextWriter progress, string? clustersOutPath = null, LinkageReadOptions? read = null)
    {
        var clock = Stopwatch.StartNew();
        progress = new Internals.TimestampWriter(progress, clock);
        settings.Validate();
        progress.WriteLine($"reading {leftCsvPath}");
        var left = Read(leftCsvPath, settings.IdColumn, progress, read);
        progress.WriteLine($"reading {rightCsvPath}");
        var right = Read(rightCsvPath, settings.IdColumn, progress, read);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{left.Count:N0} + {right.Count:N0} records"));
        var result = LinkageEngine.Link(settings, left, right, progress);
        WritePairs(pairsOutPath, result.Pairs);
        if (clustersOutPath is not null)
        {
            WriteClusters(clustersOutPath, result.RecordIds, result.ClusterIds);
        }
        return Finish(progress, clock, left.Count + right.Count, left.SkippedRows + right.SkippedRows, result);
    }

    /// <summary>
    /// Adds new records to the clusters of an earlier run: reads the saved model, the existing records with their
    /// <c>id,cluster_id</c> file, and the new records; writes pairs involving new records and clusters for all records.
    /// </summary>
    /// <param name="modelPath">A model saved by <see cref="Dedupe(LinkageSettings, string, string, string?, TextWriter, string?, LinkageReadOptions?)"/>.</param>
    /// <param name="existingCsvPath">Records already clustered.</param>
    /// <param name="existingClustersPath">Their <c>id,cluster_id</c> file.</param>
    /// <param name="newCsvPath">New records.</param>
    /// <param name="pairsOutPath">Where to write matching pairs involving new records.</param>
    /// <param name="clustersOutPath">Where to write clusters of all records.</param>
    /// <param name="progress">Progress and diagnostics.</param>
    /// <param name="read">How inputs are read (strict by default: a malformed quoted value stops the run with its line).</param>
    public static LinkageSummary LinkIncremental(string modelPath, string existingCsvPath, string existingClustersPath, string newCsvPath, string pairsOutPath, string clustersOutPath, TextWriter progress, LinkageReadOptions? read = null)
    {
        var clock = Stopwatch.StartNew();
        progress = new Internals.TimestampWriter(progress, clock);
        if (!File.Exists(modelPath))
        {
            throw new LinkageException($"Model file '{modelPath}' not found.");
        }
        var model = LinkageModel.Load(modelPath);
        var existing = Read(existingCsvPath, model.Settings.IdColumn, progress, read);
        var clusters = Read(existingClustersPath, "id", progress, read);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < clusters.Count; r++)
        {
            clusterOf[clusters.Ids[r]] = clusters.GetValue(r, "cluster_id") ?? clusters.Ids[r];
        }
        var existingClusters = new string[existing.Count];
        for (var r = 0; r < existing.Count; r++)
        {
            existingClusters[r] = clusterOf.TryGetValue(existing.Ids[r], out var c) ? c : existing.Ids[r];
        }
        var incoming = Read(newCsvPath, model.Settings.IdColumn, progress, read);
        var result = LinkageEngine.LinkIncremental(model, existing, existingClusters, incoming, progress);
        WritePairs(pairsOutPath, result.Pairs);
        WriteClusters(clustersOutPath, result.RecordIds, result.ClusterIds);
        return Finish(progress, clock, existing.Count + incoming.Count, existing.SkippedRows + incoming.SkippedRows, result);
    }

    /// <summary>Proposes blocking rules for a CSV file (see <see cref="LinkageEngine.SuggestBlocking"/>).</summary>
    /// <exception cref="LinkageException">Bad settings or input.</exception>
    public static BlockingSuggestion SuggestBlocking(string settingsPath, string inputCsvPath, long? maxPairs, TextWriter progress, LinkageReadOptions? read = null)
    {
        var clock = Stopwatch.StartNew();
        progress = new Internals.TimestampWriter(progress, clock);
        var settings = LoadSettings(settingsPath);
        var table = Read(inputCsvPath, settings.IdColumn, progress, read);
        return LinkageEngine.SuggestBlocking(settings with { AutoBlocking = false }, table, maxPairs, progress);
    }

    private static LinkageTable Read(string path, string idColumn, TextWriter progress, LinkageReadOptions? read)
    {
        if (!File.Exists(path))
        {
            throw new LinkageException($"Input file '{path}' not found.");
        }
        return LinkageTable.ReadCsv(path, idColumn, progress, read);
    }

    private static LinkageSettings LoadSettings(string path)
    {
        if (!File.Exists(path))
        {
            throw new LinkageException($"Settings file '{path}' not found.");
        }
        return LinkageSettings.Load(path);
    }

    private static LinkageSummary Finish(TextWriter progress, Stopwatch clock, int records, int skipped, LinkageResult result)
    {
        using var process = Process.GetCurrentProcess();
        var summary = new LinkageSummary(records, skipped, result.CandidatePairs, result.Pairs.Count, result.ClusterCount,
            result.Model.EmIterations, clock.Elapsed.TotalSeconds, process.PeakWorkingSet64);
        progress.WriteLine(summary.ToString());
        return summary;
    }

    /// <summary>Writes <c>id_l,id_r,match_probability</c>.</summary>
    internal static void WritePairs(string path, IReadOnlyList<ScoredPair> pairs)
    {
        using var writer = new StreamWriter(path, false, Utf8NoBom, 1 << 16);
        writer.Write("id_l,id_r,match_probability\n");
        Span<char> number = stackalloc char[32];
        foreach (var p in pairs)
        {
            WriteField(writer, p.LeftId);
            writer.Write(',');
            WriteField(writer, p.RightId);
            writer.Write(',');
            p.MatchProbability.TryFormat(number, out var n, "0.######", CultureInfo.InvariantCulture);
            writer.Write(number[..n]);
            writer.Write('\n');
        }
    }

    /// <summary>Writes <c>id,cluster_id</c>.</summary>
    internal static void WriteClusters(string path, IReadOnlyList<string> ids, IReadOnlyList<string> clusters)
    {
        using var writer = new StreamWriter(path, false, Utf8NoBom, 1 << 16);
        writer.Write("id,cluster_id\n");
        for (var r = 0; r < ids.Count; r++)
        {
            WriteField(writer, ids[r]);
            writer.Write(',');
            WriteField(writer, clusters[r]);
            writer.Write('\n');
        }
    }

    private static void WriteField(StreamWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
