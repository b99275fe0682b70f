namespace ProtectHub.Linkage.Internals;

/// <summary>Collects rows into a <see cref="LinkageTable"/>, rejecting rows with a bad shape or id.</summary>
internal sealed class TableBuilder
{
    private const int MaxMessages = 100;
    private readonly IReadOnlyList<string> _header;
    private readonly int _idIndex;
    private readonly ColumnStore[] _columns;
    private readonly List<string> _ids = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly TextWriter? _diagnostics;
    private readonly string _source;
    private int _messages;
    private int[]? _accepted;

    public TableBuilder(IReadOnlyList<string> header, string idColumn, TextWriter? diagnostics, string source)
    {
        _header = header;
        _diagnostics = diagnostics;
        _source = source;
        _idIndex = -1;
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], idColumn, StringComparison.Ordinal))
            {
                _idIndex = i;
                break;
            }
        }
        if (_idIndex < 0)
        {
            throw new LinkageException($"{source}: the header has no id column '{idColumn}' (columns: {string.Join(", ", header)}).");
        }
        _columns = new ColumnStore[header.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = new ColumnStore();
        }
    }

    public int SkippedRows { get; private set; }

    public void Report(int line, string message)
    {
        SkippedRows++;
        _messages++;
        if (_diagnostics is null)
        {
            return;
        }
        if (_messages <= MaxMessages)
        {
            _diagnostics.WriteLine($"{_source}: line {line}: {message}; row skipped");
        }
        else if (_messages == MaxMessages + 1)
        {
            _diagnostics.WriteLine($"{_source}: more malformed rows follow; only the first {MaxMessages} are listed");
        }
    }

    /// <summary>
    /// Adds rows (the first on line <paramref name="lineBefore"/> + 1): each is checked in order, then each column interns
    /// the accepted rows' values on its own thread, as <see cref="AddBatch"/> does for parsed CSV.
    /// </summary>
    public void AddRows(IReadOnlyList<IReadOnlyList<string?>> rows, int lineBefore)
    {
        var accepted = new List<IReadOnlyList<string?>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var line = lineBefore + r + 1;
            if (row.Count != _header.Count)
            {
                Report(line, $"expected {_header.Count} fields but found {row.Count}");
                continue;
            }
            if (TryAcceptId(row[_idIndex]?.Trim(), line))
            {
                accepted.Add(row);
            }
        }
        Intern(accepted.Count, (k, c) => accepted[k][c]);
    }

    /// <summary>Adds <paramref name="count"/> records given cell by cell (see <see cref="LinkageTable.FromColumns"/>).</summary>
    public void AddColumns(int count, Func<int, int, string?> cell)
    {
        var accepted = new int[count];
        var n = 0;
        for (var r = 0; r < count; r++)
        {
            if (TryAcceptId(cell(r, _idIndex)?.Trim(), r + 2))
            {
                accepted[n++] = r;
            }
        }
        Intern(n, (k, c) => cell(accepted[k], c));
    }

    /// <summary>Interns the values of <paramref name="count"/> accepted records (cell: k-th accepted record, column) into every column but the id.</summary>
    private void Intern(int count, Func<int, int, string?> cell) => EachColumn(count, c =>
    {
        if (c == _idIndex)
        {
            return;
        }
        var column = _columns[c];
        for (var k = 0; k < count; k++)
        {
            column.Add((cell(k, c) ?? string.Empty).AsSpan());
        }
    });

    /// <summary>
    /// Adds a block of parsed records: rows are validated in order, then each column interns its values on its own
    /// thread (the dictionaries are large and lookups are memory-bound, so columns in parallel use both cores).
    /// </summary>
    public void AddBatch(char[] chars, int[] starts, int[] lengths, int[] firstField, int[] lines, int count)
    {
        _accepted ??= new int[count];
        if (_accepted.Length < count)
        {
            _accepted = new int[count];
        }
        var accepted = 0;
        for (var r = 0; r < count; r++)
        {
            var line = lines[r];
            var first = firstField[r];
            var fields = firstField[r + 1] - first;
            if (fields == 1 && chars.AsSpan(starts[first], lengths[first]).IsWhiteSpace())
            {
                continue;
            }
            if (fields != _header.Count)
            {
                Report(line, $"expected {_header.Count} fields but found {fields}");
                continue;
            }
            var id = chars.AsSpan(starts[first + _idIndex], lengths[first + _idIndex]).Trim().ToString();
            if (TryAcceptId(id, line))
            {
                _accepted[accepted++] = first;
            }
        }
        var rows = _accepted;
        Parallel.For(0, _columns.Length, c =>
        {
            if (c == _idIndex)
            {
                return;
            }
            var column = _columns[c];
            for (var k = 0; k < accepted; k++)
            {
                var f = rows[k] + c;
                column.Add(chars.AsSpan(starts[f], lengths[f]));
            }
        });
    }

    /// <summary>
    /// Columns on their own threads only for many rows: the explanation of a pair builds a two-row table, 178,000 times
    /// for a large import, and handing each to the thread pool made that three times slower.
    /// </summary>
    private void EachColumn(int rows, Action<int> fill)
    {
        if (rows >= 4096)
        {
            Parallel.For(0, _columns.Length, fill);
            return;
        }
        for (var c = 0; c < _columns.Length; c++)
        {
            fill(c);
        }
    }

    public LinkageTable Build()
    {
        foreach (var column in _columns)
        {
            column.Seal();
        }
        return new LinkageTable(_header, [.. _ids], _columns, _idIndex) { SkippedRows = SkippedRows };
    }

    private bool TryAcceptId(string? id, int line)
    {
        if (string.IsNullOrEmpty(id))
        {
            Report(line, "the id is blank");
            return false;
        }
        if (!_seen.Add(id))
        {
            Report(line, $"duplicate id '{Truncate(id)}'");
            return false;
        }
        _ids.Add(id);
        return true;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "...");
}
