using System.Diagnostics;
using ProtectHub.Linkage.Csv;
using Sylvan.Data.Csv;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>
/// ProtectHub's CSV parser against Sylvan.Data.Csv (a well-kept, fast .NET reader) on the same file: every field of
/// every record read as characters, best of several runs each, alternating so both see the same page cache.
/// </summary>
internal static class CsvReaders
{
    public static int Run(string path, int runs)
    {
        var ours = TimeSpan.MaxValue;
        var sylvan = TimeSpan.MaxValue;
        long oursChars = 0, sylvanChars = 0;
        for (var run = 0; run < runs; run++)
        {
            var (t1, c1) = Time(() => Ours(path));
            var (t2, c2) = Time(() => Sylvan(path));
            (ours, oursChars) = (t1 < ours ? t1 : ours, c1);
            (sylvan, sylvanChars) = (t2 < sylvan ? t2 : sylvan, c2);
        }

        if (oursChars != sylvanChars)
        {
            Console.Error.WriteLine($"The readers disagree: {oursChars:N0} characters against {sylvanChars:N0}.");
            return 1;
        }

        var mb = new FileInfo(path).Length / 1048576.0;
        Console.WriteLine($"{Path.GetFileName(path)}: {mb:0} MB, {oursChars:N0} field characters; best of {runs}");
        Console.WriteLine($"  ProtectHub CsvParser  {ours.TotalSeconds:0.000} s ({mb / ours.TotalSeconds:0} MB/s)");
        Console.WriteLine($"  Sylvan.Data.Csv 1.4.4 {sylvan.TotalSeconds:0.000} s ({mb / sylvan.TotalSeconds:0} MB/s)");
        Console.WriteLine($"  ratio Sylvan / ours   {sylvan.TotalSeconds / ours.TotalSeconds:0.00}");
        return 0;
    }

    private static (TimeSpan, long) Time(Func<long> read)
    {
        var clock = Stopwatch.StartNew();
        var chars = read();
        return (clock.Elapsed, chars);
    }

    private static long Ours(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        var parser = new CsvParser(reader);
        long chars = 0;
        while (parser.ReadRecord())
        {
            for (var i = 0; i < parser.FieldCount; i++)
            {
                chars += parser.Field(i).Length;
            }
        }

        return chars;
    }

    private static long Sylvan(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false, BufferSize = 1 << 16 });
        long chars = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.RowFieldCount; i++)
            {
                chars += csv.GetFieldSpan(i).Length;
            }
        }

        return chars;
    }
}
