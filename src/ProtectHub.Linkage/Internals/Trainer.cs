using System.Globalization;

namespace ProtectHub.Linkage.Internals;

/// <summary>Unsupervised Fellegi-Sunter training: u from random pairs, m by EM per blocking rule, the prior by EM on all candidates.</summary>
internal static class Trainer
{
    private const double MinProbability = 1e-9;
    private const long MaxStoredPairs = 40_000_000;

    /// <summary>The most matching pairs a record can plausibly take part in, on average, before the prior is called implausible.</summary>
    private const double MaxMatchingPairsPerRecord = 5;

    public sealed class Result
    {
        public required double[][] M { get; init; }

        public required double[][] U { get; init; }

        public required double Lambda { get; init; }

        public required int Iterations { get; init; }
    }

    public static Result Train(LinkageJob job)
    {
        var fields = job.Fields;
        var progress = job.Progress;
        var (uObserved, sampled) = EstimateU(job);
        progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"u probabilities estimated from {sampled:N0} random pairs"));

        var (ruleCounts, union) = CountPatterns(job);
        var iterations = 0;
        var u = Copy(uObserved);
        double[][] m = DefaultM(fields);
        double lambda = 0;
        var rounds = job.Settings.Em.CorrectUForMatches ? 2 : 1;
        for (var round = 0; round < rounds; round++)
        {
            m = TrainM(job, ruleCounts, u, ref iterations, round == rounds - 1 ? progress : null);
            lambda = EstimatePrior(union, fields.Length, m, u, job.TotalPairs);
            // Sanity bound: more matching pairs than a few per record means EM has taken different people sharing a
            // value for one person. Cap it, and say so: the figures would otherwise be nonsense.
            var plausible = MaxMatchingPairsPerRecord * job.RecordIds.Length;
            if (job.TotalPairs > 0 && lambda * job.TotalPairs > plausible)
            {
                progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"warning: the model estimated {lambda * job.TotalPairs:N0} matching pairs among {job.RecordIds.Length:N0} records, more than {MaxMatchingPairsPerRecord} a record; capped at {plausible:N0}. Check the blocking rules for a value many different records share."));
                lambda = plausible / job.TotalPairs;
            }

            if (round < rounds - 1)
            {
                u = CorrectU(uObserved, m, lambda, sampled);
            }
        }
        progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prior: {lambda:G4} (about {lambda * job.TotalPairs:N0} matching pairs among {job.TotalPairs:N0} possible)"));
        return new Result { M = m, U = u, Lambda = lambda, Iterations = iterations };
    }

    private static double[][] Copy(double[][] source)
    {
        var copy = new double[source.Length][];
        for (var i = 0; i < source.Length; i++)
        {
            copy[i] = (double[])source[i].Clone();
        }
        return copy;
    }

    public static double[][] DefaultM(CompiledField[] fields)
    {
        var m = new double[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            var levels = fields[f].LevelCount;
            m[f] = new double[levels];
            if (levels == 2)
            {
                m[f][0] = 0.9;
                m[f][1] = 0.1;
                continue;
            }
            m[f][0] = 0.7;
            m[f][levels - 1] = 0.05;
            for (var l = 1; l < levels - 1; l++)
            {
                m[f][l] = 0.25 / (levels - 2);
            }
        }
        return m;
    }

    /// <summary>u probabilities: level frequencies among random record pairs (all pairs when few enough).</summary>
    private static (double[][] U, long Sampled) EstimateU(LinkageJob job)
    {
        var fields = job.Fields;
        var n = job.RecordIds.Length;
        var split = job.Split;
        var total = job.TotalPairs;
        var wanted = job.Settings.Em.RandomPairs;
        var exhaustive = total <= wanted;
        var counts = new long[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            counts[f] = new long[fields[f].LevelCount];
        }
        long sampled = 0;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = job.Degree };
        // Outer records and inner records of the pairs to compare. Beyond the exhaustive case, all pairs among a random
        // subset of records: as unbiased as independent random pairs, but the subset stays in cache, which makes this
        // several times faster on a million records.
        int[] outer;
        int[] inner;
        var cross = job.Filter == PairFilter.CrossSplit;
        var random = new Random(job.Settings.RandomSeed);
        if (exhaustive)
        {
            outer = Range(0, cross ? split : n);
            inner = cross ? Range(split, n) : outer;
        }
        else if (cross)
        {
            var left = (int)Math.Min(split, Math.Ceiling(Math.Sqrt(wanted)));
            var right = (int)Math.Min(n - split, Math.Ceiling((double)wanted / Math.Max(1, left)));
            outer = Sample(random, 0, split, left);
            inner = Sample(random, split, n, right);
        }
        else
        {
            var size = (int)Math.Min(n, Math.Ceiling(Math.Sqrt(2.0 * wanted)) + 1);
            outer = Sample(random, 0, n, size);
            inner = outer;
        }
        Parallel.For(0, outer.Length, options, () => NewCounts(fields), (a, _, local) =>
        {
            Span<int> levels = stackalloc int[fields.Length];
            var i = outer[a];
            for (var b = cross ? 0 : a + 1; b < inner.Length; b++)
            {
                Accumulate(job, i, inner[b], levels, local);
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var f = 0; f < fields.Length; f++)
                {
                    for (var l = 0; l < counts[f].Length; l++)
                    {
                        counts[f][l] += local.Counts[f][l];
                    }
                }
                sampled += local.Pairs;
            }
        });
        var u = new double[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            u[f] = Normalise(counts[f]);
        }
        return (u, sampled);
    }

    private static int[] Range(int from, int to)
    {
        var r = new int[Math.Max(0, to - from)];
        for (var k = 0; k < r.Length; k++)
        {
            r[k] = from + k;
        }
        return r;
    }

    /// <summary>A sorted sample of <paramref name="count"/> distinct indexes in [from, to) (partial Fisher-Yates).</summary>
    private static int[] Sample(Random random, int from, int to, int count)
    {
        var all = Range(from, to);
        count = Math.Min(count, all.Length);
        for (var k = 0; k < count; k++)
        {
            var pick = k + random.Next(all.Length - k);
            (all[k], all[pick]) = (all[pick], all[k]);
        }
        var sample = all[..count];
        Array.Sort(sample);
        return sample;
    }

    private static UCounts NewCounts(CompiledField[] fields)
    {
        var c = new long[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            c[f] = new long[fields[f].LevelCount];
        }
        return new UCounts(c);
    }

    private static void Accumulate(LinkageJob job, int i, int j, Span<int> levels, UCounts local)
    {
        job.Levels(i, j, levels);
        for (var f = 0; f < levels.Length; f++)
        {
            if (levels[f] >= 0)
            {
                local.Counts[f][levels[f]]++;
            }
        }
        local.Pairs++;
    }

    private sealed class UCounts(long[][] counts)
    {
        public long[][] Counts { get; } = counts;

        public long Pairs { get; set; }
    }

    private static double[] Normalise(long[] counts)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }
        var u = new double[counts.Length];
        // A level never seen among random pairs is rare, not impossible: give it half a pair.
        var floor = 0.5 / Math.Max(1, total);
        double sum = 0;
        for (var l = 0; l < u.Length; l++)
        {
            u[l] = total == 0 ? 1.0 / u.Length : Math.Max(floor, (double)counts[l] / total);
            sum += u[l];
        }
        for (var l = 0; l < u.Length; l++)
        {
            u[l] /= sum;
        }
        return u;
    }

    /// <summary>Random pairs include true matches; remove their share once m and the prior are known.</summary>
    private static double[][] CorrectU(double[][] observed, double[][] m, double lambda, long sampled)
    {
        var floor = 0.5 / Math.Max(1, sampled);
        var u = new double[observed.Length][];
        for (var f = 0; f < observed.Length; f++)
        {
            u[f] = new double[observed[f].Length];
            double sum = 0;
            for (var l = 0; l < u[f].Length; l++)
            {
                u[f][l] = Math.Max(floor, (observed[f][l] - (lambda * m[f][l])) / (1 - lambda));
                sum += u[f][l];
            }
            for (var l = 0; l < u[f].Length; l++)
            {
                u[f][l] /= sum;
            }
        }
        return u;
    }

    private sealed class PatternWorker : PairWorker
    {
        private readonly LinkageJob _job;
        private readonly double[] _rates;
        private readonly ulong _seed;
        private readonly int[] _levels;
        private readonly bool _store;
        private StoredPairs? _block;

        public PatternWorker(LinkageJob job, double[] rates, bool store)
        {
            _job = job;
            _store = store;
            _rates = rates;
            _seed = (ulong)(uint)job.Settings.RandomSeed;
            _levels = new int[job.Fields.Length];
            Rules = new PatternCounts[rates.Length];
            FirstByRule = new PatternCounts[rates.Length];
            for (var r = 0; r < Rules.Length; r++)
            {
                Rules[r] = new PatternCounts();
                FirstByRule[r] = new PatternCounts();
            }
        }

        public PatternCounts[] Rules { get; }

        /// <summary>Per rule, the sampled pairs no earlier rule produced (whole counts, so merging order cannot change sums).</summary>
        public PatternCounts[] FirstByRule { get; }

        public override void Visit(int i, int j, int rule, bool first)
        {
            var rate = _rates[rule];
            var sampled = rate >= 1.0 || PairSample.Uniform(i, j, _seed) < rate;
            // Pairs of the all-pairs rule of small inputs are not stored: scoring revisits them with early rejection.
            var store = _store && first && rule != _job.ExhaustiveRule;
            if (!sampled && !store)
            {
                return;
            }
            _job.Levels(i, j, _levels);
            var pattern = PatternCounts.Pack(_levels);
            if (sampled)
            {
                Rules[rule].Add(pattern, 1.0);
                if (first)
                {
                    FirstByRule[rule].Add(pattern, 1.0);
                }
            }
            if (store)
            {
                // Keep the comparison so scoring does not have to compare the pair again.
                if (_block is null || _block.Count == _block.I.Length)
                {
                    _block = new StoredPairs(1 << 16);
                    Stored.Add(_block);
                }
                _block.Add(i, j, pattern);
            }
        }

        public List<StoredPairs> Stored { get; } = [];
    }

    private static (PatternCounts[] Rules, PatternCounts Union) CountPatterns(LinkageJob job)
    {
        var raw = job.Candidates.RawCounts;
        var rates = new double[raw.Length];
        for (var r = 0; r < raw.Length; r++)
        {
            rates[r] = raw[r] <= job.Settings.Em.MaxTrainingPairsPerRule ? 1.0 : (double)job.Settings.Em.MaxTrainingPairsPerRule / raw[r];
        }
        var rules = new PatternCounts[raw.Length];
        for (var r = 0; r < rules.Length; r++)
        {
            rules[r] = new PatternCounts();
        }
        var firstByRule = new PatternCounts[raw.Length];
        for (var r = 0; r < firstByRule.Length; r++)
        {
            firstByRule[r] = new PatternCounts();
        }
        // Store each distinct pair's comparison vector (16 bytes) when that stays affordable; otherwise scoring recompares.
        var store = job.Candidates.TotalRaw <= MaxStoredPairs;
        var stored = store ? new List<StoredPairs>() : null;
        job.Candidates.Run(() => new PatternWorker(job, rates, store), w =>
        {
            stored?.AddRange(w.Stored);
            for (var r = 0; r < rules.Length; r++)
            {
                rules[r].Merge(w.Rules[r]);
            }
            for (var r = 0; r < rules.Length; r++)
            {
                firstByRule[r].Merge(w.FirstByRule[r]);
            }
        }, firstOnly: false, job.Degree);
        job.StoredPairs = stored;
        // Scale each rule's sample back to all its pairs, rule by rule in a fixed order.
        var union = new PatternCounts();
        for (var r = 0; r < rules.Length; r++)
        {
            var (levels, counts) = firstByRule[r].Expand(job.Fields.Length);
            for (var p = 0; p < levels.Length; p++)
            {
                union.Add(PatternCounts.Pack(levels[p]), counts[p] / rates[r]);
            }
        }
        return (rules, union);
    }

    /// <summary>EM for m on each rule's pairs (leaving out the rule's own fields), pooled by expected matches.</summary>
    private static double[][] TrainM(LinkageJob job, PatternCounts[] ruleCounts, double[][] u, ref int iterations, TextWriter? progress)
    {
        var fields = job.Fields;
        var numerator = new double[fields.Length][];
        var denominator = new double[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            numerator[f] = new double[fields[f].LevelCount];
        }
        for (var r = 0; r < ruleCounts.Length; r++)
        {
            var active = new bool[fields.Length];
            var any = false;
            for (var f = 0; f < fields.Length; f++)
            {
                active[f] = !job.RuleFields[r][f];
                any |= active[f];
            }
            if (!any || ruleCounts[r].Counts.Count == 0 || r == job.ExhaustiveRule)
            {
                continue;
            }
            var (levels, counts) = ruleCounts[r].Expand(fields.Length);
            var (m, lambda, its, num, den) = RunEm(fields, levels, counts, active, u, job.Settings.Em);
            iterations += its;
            for (var f = 0; f < fields.Length; f++)
            {
                if (!active[f])
                {
                    continue;
                }
                for (var l = 0; l < m[f].Length; l++)
                {
                    numerator[f][l] += num[f][l];
                }
                denominator[f] += den[f];
            }
            progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"EM on blocking rule {r + 1} ({job.RuleNames[r]}): {its} iterations, {lambda:P1} of its pairs look like matches"));
        }
        var result = DefaultM(fields);
        for (var f = 0; f < fields.Length; f++)
        {
            // A field left out of every training session keeps its default m.
            if (denominator[f] < 1.0)
            {
                progress?.WriteLine($"warning: field {fields[f].Settings.Name} could not be trained (it is in every blocking rule); using default m");
                continue;
            }
            var levels = result[f].Length;
            for (var l = 0; l < levels; l++)
            {
                result[f][l] = Math.Max(MinProbability, (numerator[f][l] + 0.1) / (denominator[f] + (0.1 * levels)));
            }
        }
        return result;
    }

    public static (double[][] M, double Lambda, int Iterations, double[][] Numerator, double[] Denominator) RunEm(
        CompiledField[] fields, int[][] levels, double[] counts, bool[] active, double[][] u, EmOptions options)
    {
        var m = DefaultM(fields);
        var lambda = 0.1;
        var numerator = new double[fields.Length][];
        var denominator = new double[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            numerator[f] = new double[fields[f].LevelCount];
        }
        var iterations = 0;
        var logU = new double[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            logU[f] = new double[u[f].Length];
            for (var l = 0; l < u[f].Length; l++)
            {
                logU[f][l] = Math.Log(u[f][l]);
            }
        }
        while (iterations < options.MaxIterations)
        {
            iterations++;
            for (var f = 0; f < fields.Length; f++)
            {
                Array.Clear(numerator[f]);
                denominator[f] = 0;
            }
            double expectedMatches = 0;
            double total = 0;
            for (var p = 0; p < levels.Length; p++)
            {
                var lv = levels[p];
                var logM = Math.Log(lambda);
                var logNon = Math.Log(1 - lambda);
                for (var f = 0; f < lv.Length; f++)
                {
                    if (active[f] && lv[f] >= 0)
                    {
                        logM += Math.Log(m[f][lv[f]]);
                        logNon += logU[f][lv[f]];
                    }
                }
                var posterior = 1.0 / (1.0 + Math.Exp(logNon - logM));
                var weight = counts[p] * posterior;
                expectedMatches += weight;
                total += counts[p];
                for (var f = 0; f < lv.Length; f++)
                {
                    if (active[f] && lv[f] >= 0)
                    {
                        numerator[f][lv[f]] += weight;
                        denominator[f] += weight;
                    }
                }
            }
            var change = 0.0;
            for (var f = 0; f < fields.Length; f++)
            {
                if (!active[f] || denominator[f] <= 0)
                {
                    continue;
                }
                for (var l = 0; l < m[f].Length; l++)
                {
                    var next = Math.Max(MinProbability, (numerator[f][l] + 1e-3) / (denominator[f] + (1e-3 * m[f].Length)));
                    change = Math.Max(change, Math.Abs(next - m[f][l]));
                    m[f][l] = next;
                }
            }
            lambda = Math.Clamp(expectedMatches / Math.Max(total, 1e-12), 1e-9, 1 - 1e-9);
            if (change < options.Tolerance)
            {
                break;
            }
        }
        return (m, lambda, iterations, numerator, denominator);
    }

    /// <summary>
    /// The prior over all possible pairs: the fixed point of lambda = E[matches among candidates | lambda] / all pairs,
    /// i.e. EM for the mixing weight when pairs outside the blocks are taken to be non-matches.
    /// </summary>
    public static double EstimatePrior(PatternCounts union, int fieldCount, double[][] m, double[][] u, double totalPairs)
    {
        if (totalPairs < 1 || union.Counts.Count == 0)
        {
            return 1e-9;
        }
        var (levels, counts) = union.Expand(fieldCount);
        var logRatio = new double[levels.Length];
        for (var p = 0; p < levels.Length; p++)
        {
            double w = 0;
            for (var f = 0; f < fieldCount; f++)
            {
                var l = levels[p][f];
                if (l >= 0)
                {
                    w += Math.Log(m[f][l] / u[f][l]);
                }
            }
            logRatio[p] = w;
        }
        var lambda = Math.Clamp(0.01 * union.Total / totalPairs, 1e-12, 0.5);
        for (var it = 0; it < 2000; it++)
        {
            var logOdds = Math.Log(lambda / (1 - lambda));
            double expected = 0;
            for (var p = 0; p < levels.Length; p++)
            {
                expected += counts[p] / (1.0 + Math.Exp(-(logOdds + logRatio[p])));
            }
            var next = Math.Clamp(expected / totalPairs, 1e-12, 0.999);
            if (Math.Abs(next - lambda) <= 1e-9 * lambda)
            {
                lambda = next;
                break;
            }
            lambda = next;
        }
        return lambda;
    }
}
