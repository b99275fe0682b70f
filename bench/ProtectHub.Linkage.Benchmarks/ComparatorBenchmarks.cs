using BenchmarkDotNet.Attributes;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>Costs of the string comparators on typical person-data values; every one must allocate nothing.</summary>
[MemoryDiagnoser]
public class ComparatorBenchmarks
{
    private const string NameA = "catherine";
    private const string NameB = "kathryn";
    private const string EmailA = "catherine.oconnor1984@hotmail.co.uk";
    private const string EmailB = "cathy.oconnor84@gmail.com";
    private const string DateA = "19840312";
    private const string DateB = "19841203";

    [Benchmark]
    public double JaroWinkler_Names() => StringMetrics.JaroWinkler(NameA, NameB);

    [Benchmark]
    public double JaroWinkler_Emails() => StringMetrics.JaroWinkler(EmailA, EmailB);

    [Benchmark]
    public double JaroWinklerUpperBound_Emails() => StringMetrics.JaroWinklerUpperBound(EmailA, EmailB);

    [Benchmark]
    public int DamerauLevenshtein_Names_Unbounded() => StringMetrics.DamerauLevenshtein(NameA, NameB);

    [Benchmark]
    public int DamerauLevenshtein_Names_Max1() => StringMetrics.DamerauLevenshtein(NameA, NameB, 1);

    [Benchmark]
    public int DamerauLevenshtein_Dates_Max1() => StringMetrics.DamerauLevenshtein(DateA, DateB, 1);

    [Benchmark]
    public bool Nicknames_Lookup() => Nicknames.AreNicknames("william", "bill");
}
