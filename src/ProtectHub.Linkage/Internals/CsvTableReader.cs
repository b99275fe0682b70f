using System.Text;

namespace ProtectHub.Linkage.Internals;

/// <summary>A forgiving RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, UTF-8 with or without BOM.</summary>
internal static class CsvTableReader
{
    public static LinkageTable Read(Stream stream, string idColumn, TextWriter? diagnostics, string source)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var parser = new Parser(reader);
        if (!parser.ReadRecord(out var headerLine, out var headerOk))
        {
            return new LinkageTable([], [], []);
        }
        var header = new string[parser.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = parser.Field(i).Trim().ToString();
        }
        if (!headerOk)
        {
            throw new LinkageException($"{source}: line {headerLine}: the header has an unterminated quote.");
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
                while (parser.ReadRecord(out var line, out var ok))
                {
                    batch.Add(parser, line, ok);
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
            builder.AddBatch(batch.Chars, batch.Starts, batch.Lengths, batch.FirstField, batch.Lines, batch.Ok, batch.Count);
            free.Add(batch);
        }
        producer.Wait();
        if (failure is not null)
        {
            throw new IOException($"{source}: could not read the file: {failure.Message}", failure);
        }
        if (diagnostics is not null && builder.SkippedRows > 0)
        {
            diagnostics.WriteLine($"{source}: {builder.SkippedRows} malformed row(s) skipped");
        }
        return builder.Build();
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",\r\n");

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

        public bool[] Ok { get; } = new bool[Capacity];

        public int Count { get; private set; }

        public void Clear()
        {
            Count = 0;
            CharCount = 0;
            FirstField[0] = 0;
        }

        public void Add(Parser parser, int line, bool ok)
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
            Lines[Count] = line;
            Ok[Count] = ok;
            Count++;
            FirstField[Count] = first + fields;
        }
    }

    private sealed class Parser(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private int _pos;
        private int _len;
        private int _line = 1;
        private char[] _chars = new char[1024];
        private int _charCount;
        private int[] _starts = new int[64];
        private int[] _lengths = new int[64];

        public int FieldCount { get; private set; }

        public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _charCount);

        public ReadOnlySpan<int> Starts => _starts.AsSpan(0, FieldCount);

        public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, FieldCount);

        public ReadOnlySpan<char> Field(int i) => _chars.AsSpan(_starts[i], _lengths[i]);

        /// <summary>Reads one record; false at end of input. <paramref name="ok"/> is false for an unterminated quote.</summary>
        public bool ReadRecord(out int line, out bool ok)
        {
            line = _line;
            ok = true;
            FieldCount = 0;
            _charCount = 0;
            var c = Next();
            if (c < 0)
            {
                return false;
            }
            while (true)
            {
                var start = _charCount;
                if (c == '"')
                {
                    // Quoted field; anything after the closing quote up to the separator is kept (lenient).
                    while (true)
                    {
                        if (_pos == _len && !Fill())
                        {
                            ok = false;
                            EndField(start);
                            return true;
                        }
                        var span = _buffer.AsSpan(_pos, _len - _pos);
                        var quote = span.IndexOf('"');
                        var chunk = quote < 0 ? span : span[..quote];
                        _line += chunk.Count('\n');
                        AppendSpan(chunk);
                        _pos += chunk.Length;
                        if (quote < 0)
                        {
                            continue;
                        }
                        _pos++;
                        if (Peek() == '"')
                        {
                            Next();
                            Append('"');
                            continue;
                        }
                        break;
                    }
                    c = Next();
                }
                if (c >= 0 && c != ',' && c != '\n' && c != '\r')
                {
                    Append((char)c);
                    // Bulk-copy the rest of an unquoted field up to the next separator.
                    while (true)
                    {
                        if (_pos == _len && !Fill())
                        {
                            c = -1;
                            break;
                        }
                        var span = _buffer.AsSpan(_pos, _len - _pos);
                        var stop = span.IndexOfAny(Separators);
                        if (stop < 0)
                        {
                            AppendSpan(span);
                            _pos = _len;
                            continue;
                        }
                        AppendSpan(span[..stop]);
                        _pos += stop + 1;
                        c = span[stop];
                        break;
                    }
                }
                EndField(start);
                if (c == ',')
                {
                    c = Next();
                    continue;
                }
                if (c == '\r' && Peek() == '\n')
                {
                    Next();
                }
                if (c >= 0)
                {
                    _line++;
                }
                return true;
            }
        }

        private void EndField(int start)
        {
            if (FieldCount == _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
                Array.Resize(ref _lengths, _lengths.Length * 2);
            }
            _starts[FieldCount] = start;
            _lengths[FieldCount] = _charCount - start;
            FieldCount++;
        }

        private void AppendSpan(ReadOnlySpan<char> chars)
        {
            if (_charCount + chars.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + chars.Length));
            }
            chars.CopyTo(_chars.AsSpan(_charCount));
            _charCount += chars.Length;
        }

        private void Append(char c)
        {
            if (_charCount == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }
            _chars[_charCount++] = c;
        }

        private int Next()
        {
            if (_pos == _len && !Fill())
            {
                return -1;
            }
            return _buffer[_pos++];
        }

        private int Peek()
        {
            if (_pos == _len && !Fill())
            {
                return -1;
            }
            return _buffer[_pos];
        }

        private bool Fill()
        {
            _len = reader.Read(_buffer, 0, _buffer.Length);
            _pos = 0;
            return _len > 0;
        }
    }
}
