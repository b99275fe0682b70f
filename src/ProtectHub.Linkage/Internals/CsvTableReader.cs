using System.Text;
using ProtectHub.Linkage.Csv;

namespace ProtectHub.Linkage.Internals;

/// <summary>
/// Reads a linkage input with <see cref="CsvParser"/> (strict: a malformed quoted value is an error naming its line, or
/// with skipBadRows that record alone is skipped and counted), UTF-8 with or without BOM.
/// </summary>
internal static class CsvTableReader
{
    public static LinkageTable Read(Stream stream, string idColumn, TextWriter? diagnostics, string source, LinkageReadOptions read)
    {
        // UTF-8 is checked as it is read, so a byte that is not UTF-8 names its line instead of becoming a replacement character.
        using var reader = read.Encoding is null
            ? new StreamReader(new Utf8CheckingStream(stream), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
            : new StreamReader(stream, read.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var parser = new CsvParser(reader) { SkipBadRows = read.SkipBadRows };
        bool hasHeader;
        try
        {
            hasHeader = parser.ReadRecord();
        }
        catch (Exception e) when (e is CsvFormatException or InvalidUtf8Exception)
        {
            throw new LinkageException($"{source}: {e.Message}.");
        }

        if (!hasHeader)
        {
            throw new LinkageException($"{source}: the file is empty: a linkage input needs at least its header row.");
        }
        var header = new string[parser.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = parser.Field(i).Trim().ToString();
        }
        var builder = new TableBuilder(header, idColumn, diagnostics, source);
        // Two-stage pipeline: this thread interns values while a second thread parses the next batch of records.
        using var full = new System.Collections.Concurrent.BlockingCollection<Batch>(4);
        var free = new System.Collections.Concurrent.ConcurrentBag<Batch>();
        Exception? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                var batch = new Batch();
                while (parser.ReadRecord())
                {
                    batch.Add(parser);
                    if (batch.Count == Batch.Capacity)
                    {
                        full.Add(batch);
                        batch = free.TryTake(out var recycled) ? recycled : new Batch();
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    full.Add(batch);
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                full.CompleteAdding();
            }
        });
        foreach (var batch in full.GetConsumingEnumerable())
        {
            builder.AddBatch(batch.Chars, batch.Starts, batch.Lengths, batch.FirstField, batch.Lines, batch.Count);
            free.Add(batch);
        }
        producer.Wait();
        if (failure is CsvFormatException bad)
        {
            throw new LinkageException($"{source}: {bad.Message}. Correct the file, or skip such rows with --skip-bad-rows.");
        }

        if (failure is InvalidUtf8Exception encoding)
        {
            throw new LinkageException($"{source}: {encoding.Message}.");
        }

        if (failure is not null)
        {
            throw new IOException($"{source}: could not read the file: {failure.Message}", failure);
        }
        foreach (var (line, reason) in parser.SkippedRows)
        {
            builder.Report(line, reason);
        }

        if (diagnostics is not null && builder.SkippedRows > 0)
        {
            diagnostics.WriteLine($"{source}: {builder.SkippedRows} malformed row(s) skipped");
        }
        return builder.Build();
    }

    /// <summary>A block of parsed records handed from the parsing thread to the interning thread.</summary>
    private sealed class Batch
    {
        public const int Capacity = 4096;

        public char[] Chars { get; private set; } = new char[Capacity * 64];

        public int CharCount { get; private set; }

        public int[] Starts { get; private set; } = new int[Capacity * 8];

        public int[] Lengths { get; private set; } = new int[Capacity * 8];

        /// <summary>Index of each record's first field in <see cref="Starts"/>; one extra entry closes the last record.</summary>
        public int[] FirstField { get; } = new int[Capacity + 1];

        public int[] Lines { get; } = new int[Capacity];

        public int Count { get; private set; }

        public void Clear()
        {
            Count = 0;
            CharCount = 0;
            FirstField[0] = 0;
        }

        public void Add(CsvParser parser)
        {
            var chars = parser.Chars;
            if (CharCount + chars.Length > Chars.Length)
            {
                var bigger = Chars;
                Array.Resize(ref bigger, Math.Max(Chars.Length * 2, CharCount + chars.Length));
                Chars = bigger;
            }
            chars.CopyTo(Chars.AsSpan(CharCount));
            var first = FirstField[Count];
            var fields = parser.FieldCount;
            if (first + fields > Starts.Length)
            {
                var s = Starts;
                var l = Lengths;
                Array.Resize(ref s, Math.Max(Starts.Length * 2, first + fields));
                Array.Resize(ref l, s.Length);
                Starts = s;
                Lengths = l;
            }
            var starts = parser.Starts;
            var lengths = parser.Lengths;
            for (var f = 0; f < fields; f++)
            {
                Starts[first + f] = CharCount + starts[f];
                Lengths[first + f] = lengths[f];
            }
            CharCount += chars.Length;
            Lines[Count] = parser.Line;
            Count++;
            FirstField[Count] = first + fields;
        }
    }
}
