using System.Diagnostics;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>Times each field's comparison on random pairs of a file: where does scoring time go?</summary>
internal static class Profile
{
    public static int Run(string settingsPath, string csv)
    {
        var settings = LinkageSettings.Load(settingsPath);
        var readClock = Stopwatch.StartNew();
        var table = LinkageTable.ReadCsv(csv, settings.IdColumn);
        Console.WriteLine($"read {table.Count:N0} records in {readClock.Elapsed.TotalSeconds:0.00} s; GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalSeconds:0.00} s");
        readClock.Restart();
        var prepJob = new LinkageJob(settings, [table], PairFilter.All, null);
        Console.WriteLine($"prepared and blocked in {readClock.Elapsed.TotalSeconds:0.00} s; GC pause total {GC.GetTotalPauseDuration().TotalSeconds:0.00} s");
        _ = prepJob;
        var job = new LinkageJob(settings, [table], PairFilter.All, null);
        var n = table.Count;
        var random = new Random(1);
        const int Pairs = 200_000;
        var ii = new int[Pairs];
        var jj = new int[Pairs];
        for (var k = 0; k < Pairs; k++)
        {
            ii[k] = random.Next(n);
            jj[k] = random.Next(n);
        }
        foreach (var field in job.Fields)
        {
            var sum = 0L;
            for (var rep = 0; rep < 2; rep++)
            {
                var clock = Stopwatch.StartNew();
                for (var k = 0; k < Pairs; k++)
                {
                    sum += field.Level(job.Prepared, ii[k], jj[k]);
                }
                if (rep == 1)
                {
                    Console.WriteLine($"{field.Settings.Name,-15} {clock.Elapsed.TotalMilliseconds * 1e6 / Pairs,8:0} ns/pair  {sum}");
                }
            }
        }
        return 0;
    }
}
