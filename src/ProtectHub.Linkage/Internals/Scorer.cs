namespace ProtectHub.Linkage.Internals;

/// <summary>Scores every distinct candidate pair and keeps those at or above the threshold.</summary>
internal static class Scorer
{
    public static (List<(int I, int J, double P)> Matches, long Candidates) Score(LinkageJob job, LinkageModel model)
    {
        var weights = model.CreateWeights(job.Fields, job.Prepared);
        var threshold = job.Settings.Threshold;
        // Compare in weight space: no exp/pow per pair.
        var thresholdWeight = threshold >= 1 ? double.PositiveInfinity : Math.Log2(threshold / (1 - threshold)) - model.PriorWeight;
        var matches = new List<(int, int, double)>();
        long candidates = 0;
        if (job.StoredPairs is { } stored)
        {
            var gate = new object();
            Parallel.For(0, stored.Count, new ParallelOptions { MaxDegreeOfParallelism = job.Degree }, () => new List<(int, int, double)>(), (b, _, local) =>
            {
                var block = stored[b];
                for (var k = 0; k < block.Count; k++)
                {
                    var i = block.I[k];
                    var w = PatternWeight(job.Fields, job.Prepared, weights, block.Patterns[k], i);
                    if (w >= thresholdWeight && !job.Vetoed(i, block.J[k], weights))
                    {
                        local.Add((i, block.J[k], LinkageModel.ToProbability(w + model.PriorWeight)));
                    }
                }
                return local;
            }, local =>
            {
                lock (gate)
                {
                    matches.AddRange(local);
                }
            });
            foreach (var block in stored)
            {
                candidates += block.Count;
            }
            job.StoredPairs = null;
            if (job.ExhaustiveRule >= 0)
            {
                // The all-pairs rule: mostly dissimilar pairs, rejected as soon as the threshold is out of reach.
                var bound = SuffixBounds(job.Fields, job.Prepared, weights);
                job.Candidates.Run(() => new BoundedWorker(job, weights, bound, thresholdWeight, model.PriorWeight), w =>
                {
                    matches.AddRange(w.Matches);
                    candidates += w.Count;
                }, firstOnly: true, job.Degree, onlyRule: job.ExhaustiveRule);
            }
        }
        else
        {
            job.Candidates.Run(() => new Worker(job, weights, thresholdWeight, model.PriorWeight), w =>
            {
                matches.AddRange(w.Matches);
                candidates += w.Count;
            }, firstOnly: true, job.Degree);
        }
        matches.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));
        return (matches, candidates);
    }

    internal sealed class Worker(LinkageJob job, double[][] weights, double thresholdWeight, double priorWeight) : PairWorker
    {
        private readonly LinkageJob _job = job;
        private readonly CompiledField[] _fields = job.Fields;
        private readonly PreparedField[] _prepared = job.Prepared;

        public List<(int, int, double)> Matches { get; } = [];

        public long Count { get; private set; }

        public override void Visit(int i, int j, int rule, bool first)
        {
            Count++;
            var w = PairWeight(_fields, _prepared, weights, i, j);
            if (w >= thresholdWeight && !_job.Vetoed(i, j, weights))
            {
                Matches.Add((i, j, LinkageModel.ToProbability(w + priorWeight)));
            }
        }
    }

    /// <summary>bound[f]: the most weight fields f.. can still add (missing values add 0, so never below 0).</summary>
    public static double[] SuffixBounds(CompiledField[] fields, PreparedField[] prepared, double[][] weights)
    {
        var bound = new double[fields.Length + 1];
        for (var f = fields.Length - 1; f >= 0; f--)
        {
            var best = 0.0;
            for (var l = 0; l < weights[f].Length; l++)
            {
                var w = weights[f][l];
                if (l == fields[f].ExactLevel && prepared[f].TfAdjustment is { } tf)
                {
                    var maxTf = double.NegativeInfinity;
                    foreach (var t in tf)
                    {
                        maxTf = Math.Max(maxTf, t);
                    }
                    w += tf.Length == 0 ? 0 : maxTf;
                }
                best = Math.Max(best, w);
            }
            bound[f] = bound[f + 1] + best;
        }
        return bound;
    }

    /// <summary>Like <see cref="PairWeight"/> but gives up (negative infinity) once <paramref name="target"/> is out of reach.</summary>
    public static double PairWeightBounded(CompiledField[] fields, PreparedField[] prepared, double[][] weights, double[] bound, double target, int i, int j)
    {
        double w = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            if (w + bound[f] < target)
            {
                return double.NegativeInfinity;
            }
            var level = fields[f].Level(prepared, i, j);
            if (level < 0)
            {
                continue;
            }
            w += weights[f][level];
            if (level == fields[f].ExactLevel && prepared[f].TfAdjustment is { } tf)
            {
                w += tf[prepared[f].Ids[i]];
            }
        }
        return w;
    }

    internal sealed class BoundedWorker(LinkageJob job, double[][] weights, double[] bound, double thresholdWeight, double priorWeight) : PairWorker
    {
        private readonly LinkageJob _job = job;
        private readonly CompiledField[] _fields = job.Fields;
        private readonly PreparedField[] _prepared = job.Prepared;

        public List<(int, int, double)> Matches { get; } = [];

        public long Count { get; private set; }

        public override void Visit(int i, int j, int rule, bool first)
        {
            Count++;
            var w = PairWeightBounded(_fields, _prepared, weights, bound, thresholdWeight, i, j);
            if (w >= thresholdWeight && !_job.Vetoed(i, j, weights))
            {
                Matches.Add((i, j, LinkageModel.ToProbability(w + priorWeight)));
            }
        }
    }

    /// <summary>Sum of field match weights for a stored comparison vector.</summary>
    public static double PatternWeight(CompiledField[] fields, PreparedField[] prepared, double[][] weights, ulong pattern, int i)
    {
        double w = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            var level = (int)((pattern >> (4 * f)) & 0xF) - 1;
            if (level < 0)
            {
                continue;
            }
            w += weights[f][level];
            if (level == fields[f].ExactLevel && prepared[f].TfAdjustment is { } tf)
            {
                w += tf[prepared[f].Ids[i]];
            }
        }
        return w;
    }

    /// <summary>Sum of field match weights (without the prior) for records i and j. The hot loop: no allocation.</summary>
    public static double PairWeight(CompiledField[] fields, PreparedField[] prepared, double[][] weights, int i, int j)
    {
        double w = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            var level = fields[f].Level(prepared, i, j);
            if (level < 0)
            {
                continue;
            }
            w += weights[f][level];
            if (level == fields[f].ExactLevel && prepared[f].TfAdjustment is { } tf)
            {
                w += tf[prepared[f].Ids[i]];
            }
        }
        return w;
    }
}
