using System.Diagnostics;
using System.Globalization;
using ProtectHub.Core.Imports;

namespace ProtectHub.Imports.Bombs;

/// <summary>
/// Hostile import files, and a harness that reads one the way the upload page does (TabularFile.Read with the default
/// limits) and reports the outcome, the time it took and the process's peak memory. See docs/security.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
        long Number(string name, long fallback) => options.TryGetValue(name, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var file = args.Length > 1 ? args[1] : "";
        switch (args.FirstOrDefault())
        {
            case "xlsx-bomb" when file.Length > 0:
                HostileFiles.XlsxBomb(file, Number("inflated-mb", 2048) * 1024 * 1024, (int)Number("cells", 1));
                break;
            case "sparse-xlsx" when file.Length > 0:
                HostileFiles.SparseXlsx(file);
                break;
            case "wide-csv" when file.Length > 0:
                HostileFiles.WideCsv(file, (int)Number("columns", 1_000_000));
                break;
            case "binary-csv" when file.Length > 0:
                HostileFiles.BinaryCsv(file, (int)Number("bytes", 200 * 1024));
                break;
            case "read" when file.Length > 0:
                return Read(file);
            default:
                Console.Error.WriteLine("""
                    usage: xlsx-bomb OUT.xlsx [--inflated-mb 2048] [--cells 1]   a worksheet of rows of inline "x" cells inflating to the given size
                           sparse-xlsx OUT.xlsx                                 two cells in a sheet declaring <dimension ref="A1:XFD1048576"/>
                           wide-csv OUT.csv [--columns 1000000]                  a header row and one row that wide
                           binary-csv OUT.csv [--bytes 204800]                   random bytes with every NUL taken out
                           read FILE                                             TabularFile.Read with the default limits: outcome, time, peak memory
                    """);
                return 2;
        }

        Console.WriteLine($"{file}: {new FileInfo(file).Length:N0} bytes");
        return 0;
    }

    private static int Read(string file)
    {
        var content = File.ReadAllBytes(file);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (table, error) = TabularFile.Read(content, Path.GetFileName(file));
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)} ({content.Length:N0} bytes): {error ?? $"read, {table!.Rows.Count:N0} rows of {table.Headers.Count:N0} columns"}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {clock.Elapsed.TotalMilliseconds:N0} ms, peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MB, allocated {allocated / (1024 * 1024):N0} MB while reading"));
        return 0;
    }
}
