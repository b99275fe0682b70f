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
            SyntheticPeople.Write(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2],
                args.Length > 3 && args[3] != "--hard" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1, hard: args.Contains("--hard"));
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
        case "explain" when args.Length >= 5:
            {
                var settings = LinkageSettings.Load(args[1]);
                var table = LinkageTable.ReadCsv(args[2], settings.IdColumn, Console.Error);
                var model = LinkageEngine.Train(settings, table);
                Console.WriteLine(model.Explain(Record(table, args[3]), Record(table, args[4])));
                return 0;
            }
        case "csv" when args.Length >= 2:
            return CsvReaders.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
        case "e2e":
            return EndToEnd.Run(args[1..]);
        case "micro":
            BenchmarkSwitcher.FromAssembly(typeof(EndToEnd).Assembly).Run(args[1..]);
            return 0;
        default:
            return Usage();
    }
}

static Dictionary<string, string?> Record(LinkageTable table, string id)
{
    var row = -1;
    for (var r = 0; r < table.Count; r++)
    {
        if (table.Ids[r] == id)
        {
            row = r;
        }
    }
    var record = new Dictionary<string, string?>();
    foreach (var column in table.Header)
    {
        record[column] = row < 0 ? null : table.GetValue(row, column);
    }
    return record;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          e2e [--records N]... [--out DIR] [--settings FILE] [--hard]  generate N people, dedupe CSV -> clusters, report time, memory, F1
          generate N DIR [seed] [--hard]                       write DIR/people.csv and DIR/true_pairs.csv (--hard: placeholders,
                                                               households, twins, shared common-name emails)
          dedupe SETTINGS INPUT PAIRS CLUSTERS                  run the engine on a CSV file
          link SETTINGS LEFT RIGHT PAIRS                        link two CSV files
          explain SETTINGS INPUT ID1 ID2                        train on INPUT and explain the score of two records
          profile SETTINGS INPUT                                time each field's comparison on random pairs
          read INPUT                                            time reading a CSV file
          csv INPUT [RUNS]                                      our CSV parser against Sylvan.Data.Csv on the same file
          micro [BenchmarkDotNet args]                          comparator and scoring-loop micro-benchmarks
        """);
    return 2;
}
