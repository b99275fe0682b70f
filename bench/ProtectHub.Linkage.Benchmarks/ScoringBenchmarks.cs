using BenchmarkDotNet.Attributes;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>
/// The scoring inner loop: compare a record pair on every field and add up match weights. Measured per pair over
/// real candidate pairs of 20,000 synthetic people; it must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Pairs = 10_000;
    private LinkageJob _job = null!;
    private double[][] _weights = null!;
    private int[] _i = null!;
    private int[] _j = null!;
    private int[] _levels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "protecthub-linkage-micro");
        if (!File.Exists(Path.Combine(dir, "people.csv")))
        {
            SyntheticPeople.Write(20_000, dir, seed: 1);
        }
        var settings = LinkageSettings.DefaultPerson();
        var table = LinkageTable.ReadCsv(Path.Combine(dir, "people.csv"), settings.IdColumn);
        var model = LinkageEngine.Train(settings, table);
        _job = new LinkageJob(settings, [table], PairFilter.All, null);
        _weights = model.CreateWeights(_job.Fields, _job.Prepared);
        // Half blocked candidate pairs (similar records), half random pairs (dissimilar records).
        var collector = new Collector();
        _job.Candidates.Run(() => collector, _ => { }, firstOnly: true, degree: 1);
        var random = new Random(1);
        _i = new int[Pairs];
        _j = new int[Pairs];
        for (var k = 0; k < Pairs; k++)
        {
            if (k % 2 == 0 && collector.Pairs.Count > 0)
            {
                (_i[k], _j[k]) = collector.Pairs[random.Next(collector.Pairs.Count)];
            }
            else
            {
                _i[k] = random.Next(table.Count);
                _j[k] = random.Next(table.Count);
            }
        }
        _levels = new int[_job.Fields.Length];
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public double PairWeight_PerPair()
    {
        double sum = 0;
        var fields = _job.Fields;
        var prepared = _job.Prepared;
        for (var k = 0; k < Pairs; k++)
        {
            sum += Scorer.PairWeight(fields, prepared, _weights, _i[k], _j[k]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public ulong ComparisonVector_PerPair()
    {
        ulong x = 0;
        for (var k = 0; k < Pairs; k++)
        {
            _job.Levels(_i[k], _j[k], _levels);
            x ^= PatternCounts.Pack(_levels);
        }
        return x;
    }

    private sealed class Collector : PairWorker
    {
        public List<(int, int)> Pairs { get; } = [];

        public override void Visit(int i, int j, int rule, bool first) => Pairs.Add((i, j));
    }
}
