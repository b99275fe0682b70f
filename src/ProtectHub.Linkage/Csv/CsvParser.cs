using System.Buffers;

namespace ProtectHub.Linkage.Csv;

/// <summary>
/// ProtectHub's one CSV reader (record linkage and every import): RFC 4180 (commas, quoted fields, doubled quotes, line
/// breaks inside quotes, CRLF or LF), streaming from a <see cref="TextReader"/> one record at a time, each with the line it
/// starts on. Strict: a quoted value that is never closed, or whose closing quote is followed by anything but a comma
/// or the end of the line, is a <see cref="CsvFormatException"/> naming the line where the quote opened, never a silent
/// loss of the rows after it. With <see cref="SkipBadRows"/> that record alone is skipped and counted, and reading
/// resumes on the line after the one it started on.
/// </summary>
/// <remarks>
/// Written here rather than taken from a library because the linkage path reads millions of records and this one is
/// measurably faster there (bench/ProtectHub.Linkage.Benchmarks "csv", figures in docs/linkage.md), and because it
/// reports lines and resumes after a bad record, which the libraries measured do not.
/// </remarks>
public sealed class CsvParser(TextReader reader)
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(",\r\n");

    private char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private int _line = 1;
    private char[] _chars = new char[1024];
    private int _charCount;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];

    // The raw text of the current record after its first line break, kept only while a quoted value spans lines, so
    // that a bad record can be skipped and the text after its first line read again.
    private bool _capturing;
    private int _captureFrom;
    private char[] _raw = [];
    private int _rawCount;

    /// <summary>Skip a malformed record (counted in <see cref="SkippedRows"/>) instead of throwing.</summary>
    public bool SkipBadRows { get; init; }

    /// <summary>
    /// Fields a record may have. Blank fields beyond it are let go as they are read (trailing commas); anything else
    /// beyond it is a <see cref="CsvFormatException"/> at once, so a file a million fields wide is refused, not held.
    /// </summary>
    public int MaxFields { get; init; } = int.MaxValue;

    /// <summary>The malformed records skipped so far, each with the line it started on and why.</summary>
    public List<(int Line, string Reason)> SkippedRows { get; } = [];

    /// <summary>The line the current record starts on (1 is the first line of the input).</summary>
    public int Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>The current record's fields, end to end; <see cref="Starts"/> and <see cref="Lengths"/> cut them out.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _charCount);

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, FieldCount);

    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, FieldCount);

    public ReadOnlySpan<char> Field(int i) => _chars.AsSpan(_starts[i], _lengths[i]);

    /// <summary>Reads the next record; false at the end of the input.</summary>
    /// <exception cref="CsvFormatException">A quoted value is malformed and <see cref="SkipBadRows"/> is off.</exception>
    public bool ReadRecord()
    {
        while (true)
        {
            switch (TryReadRecord(out var quoteLine))
            {
                case RecordResult.End:
                    return false;
                case RecordResult.Read:
                    return true;
                case var problem:
                    var reason = problem == RecordResult.Unclosed
                        ? "a quoted value starts here and is never closed"
                        : "a quoted value starts here and its closing quote is followed by other text instead of a comma or the end of the line";
                    if (!SkipBadRows)
                    {
                        throw new CsvFormatException(quoteLine, reason);
                    }

                    SkippedRows.Add((Line, reason));
                    Rewind();
                    break;
            }
        }
    }

    private enum RecordResult
    {
        End,
        Read,
        Unclosed,
        TextAfterQuote,
    }

    private RecordResult TryReadRecord(out int quoteLine)
    {
        quoteLine = 0;
        Line = _line;
        FieldCount = 0;
        _charCount = 0;
        _capturing = false;
        var c = Next();
        if (c < 0)
        {
            return RecordResult.End;
        }

        while (true)
        {
            var start = _charCount;
            if (c == '"')
            {
                quoteLine = _line;
                while (true)
                {
                    if (_pos == _len && !Fill())
                    {
                        EndField(start);
                        return RecordResult.Unclosed;
                    }

                    var span = _buffer.AsSpan(_pos, _len - _pos);
                    var quote = span.IndexOf('"');
                    var chunk = quote < 0 ? span : span[..quote];
                    var breaks = chunk.Count('\n');
                    if (breaks > 0)
                    {
                        if (!_capturing)
                        {
                            _capturing = true;
                            _rawCount = 0;
                            _captureFrom = _pos + chunk.IndexOf('\n') + 1;
                        }

                        _line += breaks;
                    }

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
                if (c >= 0 && c != ',' && c != '\n' && c != '\r')
                {
                    return RecordResult.TextAfterQuote;
                }
            }
            else if (c >= 0 && c != ',' && c != '\n' && c != '\r')
            {
                Append((char)c);
                // Bulk-copy the rest of an unquoted field up to the next separator. A quote inside an unquoted value
                // (5" screen) is kept as it is.
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

            _capturing = false;
            return RecordResult.Read;
        }
    }

    /// <summary>Goes back to the line after the one the bad record started on, to read from there again.</summary>
    private void Rewind()
    {
        if (!_capturing)
        {
            // The record ended on its own line: reading simply goes on from here.
            _line = Line + 1;
            SkipToLineEnd();
            return;
        }

        CaptureUpTo(_pos);
        var rest = _len - _pos;
        var text = new char[Math.Max(1 << 16, _rawCount + rest)];
        _raw.AsSpan(0, _rawCount).CopyTo(text);
        _buffer.AsSpan(_pos, rest).CopyTo(text.AsSpan(_rawCount));
        _buffer = text;
        _pos = 0;
        _len = _rawCount + rest;
        _line = Line + 1;
        _capturing = false;
    }

    /// <summary>After a bad record on one line, the rest of that line belongs to it.</summary>
    private void SkipToLineEnd()
    {
        while (true)
        {
            var c = Next();
            if (c is < 0 or '\n')
            {
                return;
            }
        }
    }

    private void CaptureUpTo(int end)
    {
        var count = end - _captureFrom;
        if (count <= 0)
        {
            return;
        }

        if (_rawCount + count > _raw.Length)
        {
            Array.Resize(ref _raw, Math.Max(Math.Max(_raw.Length * 2, 1024), _rawCount + count));
        }

        _buffer.AsSpan(_captureFrom, count).CopyTo(_raw.AsSpan(_rawCount));
        _rawCount += count;
        _captureFrom = end;
    }

    private void EndField(int start)
    {
        if (FieldCount >= MaxFields)
        {
            if (!_chars.AsSpan(start, _charCount - start).IsWhiteSpace())
            {
                throw new CsvFormatException(Line, $"the row has more than {MaxFields} fields", tooManyFields: true);
            }

            _charCount = start;
            return;
        }

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
        if (_capturing)
        {
            CaptureUpTo(_len);
            _captureFrom = 0;
        }

        _len = reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        return _len > 0;
    }
}

/// <summary>A CSV record that cannot be read, with the line where the problem starts.</summary>
public sealed class CsvFormatException(int line, string reason, bool tooManyFields = false) : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;

    /// <summary>The record has more than <see cref="CsvParser.MaxFields"/> fields with something in them.</summary>
    public bool TooManyFields { get; } = tooManyFields;
}
