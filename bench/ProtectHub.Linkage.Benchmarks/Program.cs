using BenchmarkDotNet.Running;
using ProtectHub.Linkage;
using ProtectHub.Linkage.Benchmarks;

return args.Length > 0 ? Run(args) : Usage();

static int Run(string[] args)
{
    switch (args[0])
    {
        case "dedupe" when args.Length >= 5:
            LinkageRunner.Dedupe(args[1], args[2], args[3], args[4], Console.Error);
            return 0;
        case "generate" when args.Length >= 3:
            SyntheticPeople.Write(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return 0;
        case "read" when args.Length >= 2:
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var table = LinkageTable.ReadCsv(args[1], "id");
                Console.WriteLine($"{table.Count} records in {clock.Elapsed.TotalSeconds:0.00} s, cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.00} s");
                return 0;
            }
        case "profile":
            return Profile.Run(args[1], args[2]);
        case "link" when args.Length >= 5:
            LinkageRunner.Link(args[1], args[2], args[3], args[4], Console.Error);
            return 0;
        case "e2e":
            return EndToEnd.Run(args[1..]);
        case "micro":
            BenchmarkSwitcher.FromAssembly(typeof(EndToEnd).Assembly).Run(args[1..]);
            return 0;
        default:
            return Usage();
    }
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          e2e [--records N]... [--out DIR] [--settings FILE]   generate N people, dedupe CSV -> clusters, report time, memory, F1
          generate N DIR [seed]                                write DIR/people.csv and DIR/true_pairs.csv
          dedupe SETTINGS INPUT PAIRS CLUSTERS                  run the engine on a CSV file
          micro [BenchmarkDotNet args]                          comparator and scoring-loop micro-benchmarks
        """);
    return 2;
}
