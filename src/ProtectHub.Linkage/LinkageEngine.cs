using System.Globalization;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage;

/// <summary>
/// The record-linkage engine on in-memory tables: train a model without labels, then deduplicate one table, link two,
/// or add new records to existing clusters. For files use <see cref="LinkageRunner"/>.
/// </summary>
public static class LinkageEngine
{
    /// <summary>
    /// Proposes blocking rules for <paramref name="table"/> within <paramref name="maxPairs"/> comparisons (default 50 a
    /// record, at least a million), with each rule's pair count and the estimated pair completeness, learned without labels.
    /// </summary>
    public static BlockingSuggestion SuggestBlocking(LinkageSettings settings, LinkageTable table, long? maxPairs = null, TextWriter? progress = null) =>
        BlockingSuggester.Suggest(settings, table, maxPairs, progress);

    /// <summary>Trains a model on one table (deduplication) without scoring.</summary>
    public static LinkageModel Train(LinkageSettings settings, LinkageTable table, TextWriter? progress = null)
    {
        var job = new LinkageJob(Resolve(settings, table, progress), [table], PairFilter.All, progress);
        return Train(job);
    }

    /// <summary>With <c>"blockingRules": "auto"</c>, the rules proposed for this table (reported); otherwise the settings as given.</summary>
    private static LinkageSettings Resolve(LinkageSettings settings, LinkageTable table, TextWriter? progress)
    {
        if (!settings.AutoBlocking)
        {
            return settings;
        }

        var suggestion = BlockingSuggester.Suggest(settings, table, Math.Min(settings.MaxCandidatePairs, Math.Max(1_000_000, 50L * table.Count)), progress);
        progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"automatic blocking: {suggestion.Rules.Count} rules, estimated recall of the blocking {suggestion.EstimatedCompleteness:0.0000}"));
        return settings with { BlockingRules = [.. suggestion.Rules.Select(r => r.Rule)], AutoBlocking = false };
    }

    /// <summary>Trains a model for linking two tables without scoring.</summary>
    public static LinkageModel TrainLink(LinkageSettings settings, LinkageTable left, LinkageTable right, TextWriter? progress = null)
    {
        var job = new LinkageJob(settings, [left, right], PairFilter.CrossSplit, progress);
        return Train(job);
    }

    /// <summary>Trains a model on <paramref name="table"/> and deduplicates it.</summary>
    /// <exception cref="LinkageException">The settings are invalid or blocking produces too many pairs.</exception>
    public static LinkageResult Dedupe(LinkageSettings settings, LinkageTable table, TextWriter? progress = null)
    {
        var job = new LinkageJob(Resolve(settings, table, progress), [table], PairFilter.All, progress);
        var model = Train(job);
        if (!settings.AutoBlocking && progress is not null)
        {
            // Automatic blocking reports its own estimate; rules written by hand get theirs here, where it is affordable.
            progress.WriteLine(table.Count <= BlockingSuggester.MaxRecordsToEstimate
                ? string.Create(CultureInfo.InvariantCulture,
                    $"estimated recall of the blocking rules: {BlockingSuggester.EstimateCompleteness(job.Settings, table, model):0.0000} (their share of the expected matches every candidate rule finds)")
                : string.Create(CultureInfo.InvariantCulture,
                    $"estimated recall of the blocking rules: not estimated above {BlockingSuggester.MaxRecordsToEstimate:N0} records (run 'link suggest-blocking' on a sample)"));
        }

        return Run(job, model, existingClusters: null);
    }

    /// <summary>Deduplicates <paramref name="table"/> with an already trained model.</summary>
    public static LinkageResult Dedupe(LinkageModel model, LinkageTable table, TextWriter? progress = null)
    {
        var job = new LinkageJob(model.Settings, [table], PairFilter.All, progress);
        return Run(job, model, existingClusters: null);
    }

    /// <summary>Trains a model and links <paramref name="left"/> to <paramref name="right"/> (pairs across the tables only).</summary>
    public static LinkageResult Link(LinkageSettings settings, LinkageTable left, LinkageTable right, TextWriter? progress = null)
    {
        if (settings.AutoBlocking)
        {
            throw new LinkageException("\"blockingRules\": \"auto\" works for deduplication; for linking two files run 'link suggest-blocking' on them together and use its rules.");
        }

        var job = new LinkageJob(settings, [left, right], PairFilter.CrossSplit, progress);
        return Run(job, Train(job), existingClusters: null);
    }

    /// <summary>Links two tables with an already trained model.</summary>
    public static LinkageResult Link(LinkageModel model, LinkageTable left, LinkageTable right, TextWriter? progress = null)
    {
        var job = new LinkageJob(model.Settings, [left, right], PairFilter.CrossSplit, progress);
        return Run(job, model, existingClusters: null);
    }

    /// <summary>
    /// Adds <paramref name="incoming"/> records to existing clusters without re-scoring existing pairs: only pairs with at
    /// least one new record are compared. Existing records keep their cluster ids unless a new record joins two existing
    /// clusters, which then merge under the id of the cluster holding the earliest existing record. With the same model,
    /// the clusters equal those of a full run over existing followed by incoming records.
    /// </summary>
    /// <param name="model">The model used for the existing clusters.</param>
    /// <param name="existing">Records already clustered.</param>
    /// <param name="existingClusterIds">The cluster id of each existing record, in table order.</param>
    /// <param name="incoming">New records.</param>
    /// <param name="progress">Progress lines, or null.</param>
    public static LinkageResult LinkIncremental(
        LinkageModel model, LinkageTable existing, IReadOnlyList<string> existingClusterIds, LinkageTable incoming, TextWriter? progress = null)
    {
        if (existingClusterIds.Count != existing.Count)
        {
            throw new LinkageException($"Expected {existing.Count} existing cluster ids but got {existingClusterIds.Count}.");
        }
        var job = new LinkageJob(model.Settings, [existing, incoming], PairFilter.AnyNew, progress);
        return Run(job, model, existingClusterIds);
    }

    private static LinkageModel Train(LinkageJob job)
    {
        var trained = Trainer.Train(job);
        var parameters = new FieldParameters[job.Fields.Length];
        for (var f = 0; f < parameters.Length; f++)
        {
            var field = job.Fields[f];
            var labels = new string[field.LevelCount];
            for (var l = 0; l < labels.Length; l++)
            {
                labels[l] = field.LevelLabel(l);
            }
            Dictionary<string, double>? tf = null;
            long nonMissing = 0;
            var prepared = job.Prepared[f];
            foreach (var c in prepared.Counts)
            {
                nonMissing += c;
            }
            if (field.Settings.TermFrequency)
            {
                tf = new Dictionary<string, double>(prepared.Values.Length, StringComparer.Ordinal);
                for (var v = 0; v < prepared.Values.Length; v++)
                {
                    tf[prepared.Values[v]] = (double)prepared.Counts[v] / Math.Max(1, nonMissing);
                }
            }
            parameters[f] = new FieldParameters
            {
                Name = field.Settings.Name,
                Levels = labels,
                M = trained.M[f],
                U = trained.U[f],
                TermFrequencies = tf,
                NonMissingCount = nonMissing,
            };
        }
        return new LinkageModel(job.Settings, trained.Lambda, parameters, trained.Iterations);
    }

    private static LinkageResult Run(LinkageJob job, LinkageModel model, IReadOnlyList<string>? existingClusters)
    {
        var (matches, candidates) = Scorer.Score(job, model);
        job.Progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scored {candidates:N0} distinct candidate pairs; {matches.Count:N0} at or above {job.Settings.Threshold}"));
        var ids = job.RecordIds;
        var pairs = new ScoredPair[matches.Count];
        var uf = new UnionFind(ids.Length);
        for (var k = 0; k < matches.Count; k++)
        {
            var (i, j, p) = matches[k];
            pairs[k] = new ScoredPair(ids[i], ids[j], p);
            uf.Union(i, j);
        }
        var labels = new string[ids.Length];
        var clusterCount = 0;
        if (existingClusters is null)
        {
            // Roots are the earliest record of each component, so its id is a deterministic cluster id.
            for (var r = 0; r < ids.Length; r++)
            {
                var root = uf.Find(r);
                labels[r] = ids[root];
                if (root == r)
                {
                    clusterCount++;
                }
            }
        }
        else
        {
            var firstOfCluster = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < existingClusters.Count; r++)
            {
                if (firstOfCluster.TryGetValue(existingClusters[r], out var first))
                {
                    uf.Union(first, r);
                }
                else
                {
                    firstOfCluster.Add(existingClusters[r], r);
                }
            }
            for (var r = 0; r < ids.Length; r++)
            {
                var root = uf.Find(r);
                // The root is the earliest record; if it is an existing record its cluster id carries over.
                labels[r] = root < existingClusters.Count ? existingClusters[root] : ids[root];
                if (root == r)
                {
                    clusterCount++;
                }
            }
        }
        var blocking = new BlockingRuleCount[job.RuleNames.Length];
        for (var r = 0; r < blocking.Length; r++)
        {
            blocking[r] = new BlockingRuleCount(job.RuleNames[r], job.Candidates.RawCounts[r]);
        }
        job.Progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clusterCount:N0} clusters"));
        return new LinkageResult(model, ids, labels, pairs, blocking, candidates, clusterCount);
    }
}
