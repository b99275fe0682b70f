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
        while (parser.ReadRecord(out var line, out var ok))
        {
            if (!ok)
            {
                builder.Report(line, "unterminated quoted field");
                continue;
            }
            if (parser.FieldCount == 1 && parser.Field(0).IsWhiteSpace())
            {
                continue;
            }
            builder.AddRow(parser.Chars, parser.Starts, parser.Lengths, line);
        }
        if (diagnostics is not null && builder.SkippedRows > 0)
        {
            diagnostics.WriteLine($"{source}: {builder.SkippedRows} malformed row(s) skipped");
        }
        return builder.Build();
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",\r\n");

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
