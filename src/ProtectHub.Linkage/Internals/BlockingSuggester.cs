using System.Globalization;

namespace ProtectHub.Linkage.Internals;

/// <summary>
/// Proposes blocking rules for a file whose columns the shipped settings were not written for. Candidate rules are
/// built from the fields' types (exact values, soundex, first letters, years, outward codes, and pairs of them); each
/// rule's pair count is measured; a model is trained on the cheapest rules; the pairs all affordable candidates find are
/// sampled and scored; then rules are chosen greedily for the most expected matches a pair until the estimated pair
/// completeness reaches the target or the budget is spent. No labels are needed.
/// </summary>
internal static class BlockingSuggester
{
    private const double Target = 0.9999;
    private const long SampledPairs = 2_000_000;
    private const int MaxRules = 256;

    public static BlockingSuggestion Suggest(LinkageSettings settings, LinkageTable table, long? maxPairs, TextWriter? progress)
    {
        settings = settings with { AutoBlocking = false };
        var n = (long)table.Count;
        var budget = maxPairs ?? Math.Max(1_000_000, 50 * n);
        var candidates = Candidates(settings);
        progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"suggesting blocking rules: {candidates.Count} candidates, budget {budget:N0} pairs"));
        var open = settings with { BlockingRules = candidates, MaxCandidatePairs = long.MaxValue, CompareAllPairsBelow = 0 };
        long[] counts;
        {
            var counting = new LinkageJob(open, [table], PairFilter.All, null);
            counts = counting.Candidates.RawCounts;
        }

        // Affordable, and finding something; the most selective first (they are the training rules too).
        var usable = Enumerable.Range(0, candidates.Count).Where(r => counts[r] > 0 && counts[r] <= budget)
            .OrderBy(r => counts[r]).Take(MaxRules).Select(r => (Rule: candidates[r], Pairs: counts[r])).ToList();
        if (usable.Count == 0)
        {
            throw new LinkageException(string.Create(CultureInfo.InvariantCulture,
                $"No candidate blocking rule finds pairs within the budget of {budget:N0} pairs: raise --max-pairs or add fields."));
        }

        var training = new List<BlockingRuleSettings>();
        long trainingPairs = 0;
        foreach (var (rule, pairs) in usable)
        {
            if (training.Count > 0 && trainingPairs + pairs > budget)
            {
                break;
            }

            training.Add(rule);
            trainingPairs += pairs;
        }

        var model = LinkageEngine.Train(settings with { BlockingRules = training, CompareAllPairsBelow = 0, MaxCandidatePairs = long.MaxValue }, table);
        var job = new LinkageJob(open with { BlockingRules = [.. usable.Select(u => u.Rule)] }, [table], PairFilter.All, null);
        var total = job.Candidates.TotalRaw;
        var rate = Math.Min(1.0, (double)SampledPairs / Math.Max(1, total));
        var weights = model.CreateWeights(job.Fields, job.Prepared);
        var words = (usable.Count + 63) / 64;
        var masks = new List<ulong>();
        var masses = new List<double>();
        job.Candidates.Run(() => new SampleWorker(job, weights, model.PriorWeight, rate, usable.Count, words), w =>
        {
            masks.AddRange(w.Masks);
            masses.AddRange(w.Masses);
        }, firstOnly: true, job.Degree);

        var mass = masses.Sum();
        var covered = new bool[masses.Count];
        var chosen = new List<SuggestedRule>();
        var remaining = Enumerable.Range(0, usable.Count).ToHashSet();
        double found = 0;
        long spent = 0;
        while (mass > 0 && found / mass < Target)
        {
            var best = -1;
            double bestScore = 0, bestGain = 0;
            foreach (var r in remaining)
            {
                if (spent + usable[r].Pairs > budget)
                {
                    continue;
                }

                double gain = 0;
                var (word, bit) = (r / 64, 1UL << (r % 64));
                for (var s = 0; s < masses.Count; s++)
                {
                    if (!covered[s] && (masks[(s * words) + word] & bit) != 0)
                    {
                        gain += masses[s];
                    }
                }

                var score = gain / usable[r].Pairs;
                if (gain > 0 && score > bestScore)
                {
                    (best, bestScore, bestGain) = (r, score, gain);
                }
            }

            if (best < 0)
            {
                break;
            }

            remaining.Remove(best);
            var (chosenWord, chosenBit) = (best / 64, 1UL << (best % 64));
            for (var s = 0; s < masses.Count; s++)
            {
                covered[s] |= (masks[(s * words) + chosenWord] & chosenBit) != 0;
            }

            found += bestGain;
            spent += usable[best].Pairs;
            chosen.Add(new SuggestedRule(usable[best].Rule, usable[best].Pairs, mass == 0 ? 1 : found / mass));
        }

        if (chosen.Count == 0)
        {
            chosen.Add(new SuggestedRule(usable[0].Rule, usable[0].Pairs, 0));
        }

        var suggestion = new BlockingSuggestion(chosen, mass == 0 ? 1 : found / mass, candidates.Count);
        progress?.WriteLine(suggestion.ToString());
        return suggestion;
    }

    /// <summary>
    /// The estimated pair completeness of the rules a run uses, against every candidate rule within the budget: the
    /// share of the trained model's expected matches among the candidates' pairs that the run's own rules find. Costs a
    /// second blocking pass, so runs estimate it up to <see cref="MaxRecordsToEstimate"/> records.
    /// </summary>
    public const int MaxRecordsToEstimate = 100_000;

    /// <summary>A run's estimate compares against the most selective candidates and a smaller sample than a suggestion: it must stay cheap beside the run.</summary>
    private const int WideRulesToEstimate = 40;

    private const long PairsToEstimate = 300_000;

    public static double EstimateCompleteness(LinkageSettings settings, LinkageTable table, LinkageModel model)
    {
        var budget = Math.Max(1_000_000, 50L * table.Count);
        var candidates = Candidates(settings);
        var open = settings with { BlockingRules = candidates, MaxCandidatePairs = long.MaxValue, CompareAllPairsBelow = 0, AutoBlocking = false };
        var counts = new LinkageJob(open, [table], PairFilter.All, null).Candidates.RawCounts;
        var wide = Enumerable.Range(0, candidates.Count).Where(r => counts[r] > 0 && counts[r] <= budget).OrderBy(r => counts[r])
            .Take(WideRulesToEstimate).Select(r => candidates[r]);
        var rules = settings.BlockingRules.Concat(wide).ToList();
        var job = new LinkageJob(open with { BlockingRules = rules }, [table], PairFilter.All, null);
        var rate = Math.Min(1.0, (double)PairsToEstimate / Math.Max(1, job.Candidates.TotalRaw));
        var weights = model.CreateWeights(job.Fields, job.Prepared);
        var words = (rules.Count + 63) / 64;
        var masks = new List<ulong>();
        var masses = new List<double>();
        job.Candidates.Run(() => new SampleWorker(job, weights, model.PriorWeight, rate, rules.Count, words), w =>
        {
            masks.AddRange(w.Masks);
            masses.AddRange(w.Masses);
        }, firstOnly: true, job.Degree);
        double total = 0, found = 0;
        for (var s = 0; s < masses.Count; s++)
        {
            total += masses[s];
            for (var r = 0; r < settings.BlockingRules.Count; r++)
            {
                if ((masks[(s * words) + (r / 64)] & (1UL << (r % 64))) != 0)
                {
                    found += masses[s];
                    break;
                }
            }
        }

        return total == 0 ? 1 : found / total;
    }

    /// <summary>Candidate rules from the fields' types: each key alone, and each pair of keys from different fields.</summary>
    public static List<BlockingRuleSettings> Candidates(LinkageSettings settings)
    {
        var keys = new List<(string Field, string Key)>();
        foreach (var field in settings.Fields)
        {
            var f = field.Name;
            string[] own = field.Type switch
            {
                FieldType.Name => [f, $"soundex({f})", $"first({f},3)"],
                FieldType.Date => [f, $"year({f})", $"last({f},4)"],
                FieldType.Postcode => [f, $"outward({f})"],
                FieldType.Email => [f, $"local({f})"],
                FieldType.Text => [$"first({f},4)", f],
                _ => [f],
            };
            keys.AddRange(own.Select(k => (f, k)));
        }

        var rules = keys.Select(k => new BlockingRuleSettings { Keys = [k.Key] }).ToList();
        for (var a = 0; a < keys.Count; a++)
        {
            for (var b = a + 1; b < keys.Count; b++)
            {
                if (keys[a].Field != keys[b].Field)
                {
                    rules.Add(new BlockingRuleSettings { Keys = [keys[a].Key, keys[b].Key] });
                }
            }
        }

        return rules;
    }

    /// <summary>Scores a sample of the distinct pairs and notes which candidate rules find each.</summary>
    private sealed class SampleWorker(LinkageJob job, double[][] weights, double priorWeight, double rate, int rules, int words) : PairWorker
    {
        private readonly ulong _seed = (ulong)(uint)job.Settings.RandomSeed;

        /// <summary>Per sampled pair, <c>words</c> words of bits: which candidate rules find it.</summary>
        public List<ulong> Masks { get; } = [];

        /// <summary>Per sampled pair, its match probability weighted back to all pairs.</summary>
        public List<double> Masses { get; } = [];

        public override void Visit(int i, int j, int rule, bool first)
        {
            if (rate < 1 && PairSample.Uniform(i, j, _seed) >= rate)
            {
                return;
            }

            var w = Scorer.PairWeight(job.Fields, job.Prepared, weights, i, j);
            var p = job.Vetoed(i, j, weights) ? 0 : LinkageModel.ToProbability(w + priorWeight);
            if (p < 1e-4)
            {
                return;
            }

            var start = Masks.Count;
            for (var k = 0; k < words; k++)
            {
                Masks.Add(0);
            }

            for (var r = 0; r < rules; r++)
            {
                if (job.Candidates.Covers(r, i, j))
                {
                    Masks[start + (r / 64)] |= 1UL << (r % 64);
                }
            }

            Masses.Add(p / rate);
        }
    }
}
