namespace ProtectHub.Core.Imports;

/// <summary>
/// Collects the records a reader finds into a <see cref="TabularFile"/>: blank records are dropped, the first other one
/// is the header row (trimmed), and the row limit is checked before each row is kept. The reader's list of cells is
/// copied, so one list can serve for every record.
/// </summary>
/// <remarks>
/// Short cell texts are kept once: a file's repeated values (force names, categories, flags, "x" a hundred million
/// times in a zip bomb) then cost a reference each rather than a string each. This matters because a file compresses
/// well only when it repeats itself: with repeats shared, what a file holds in memory follows its size as uploaded,
/// not its size inflated. The pool starts again when full, so no sequence of values can grow it past its size.
/// </remarks>
internal sealed class TableBuilder(TabularFileLimits limits)
{
    private const int PooledLength = 32;
    private const int PoolSize = 16_384;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private List<string>? _headers;
    private readonly List<TabularFile.Row> _rows = [];
    private int _width;

    public void Add(int number, List<string> cells)
    {
        if (cells.TrueForAll(string.IsNullOrWhiteSpace))
        {
            return;
        }

        _width = Math.Max(_width, cells.Count);
        if (_headers is null)
        {
            _headers = cells.ConvertAll(h => h.Trim());
            return;
        }

        if (_rows.Count >= limits.MaxRows)
        {
            TabularFileRefusedException.TooManyRows(limits.MaxRows);
        }

        var kept = new string[cells.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = Pooled(cells[i]);
        }

        _rows.Add(new TabularFile.Row(number, kept));
    }

    private string Pooled(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        if (text.Length > PooledLength)
        {
            return text;
        }

        if (_pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (_pool.Count == PoolSize)
        {
            _pool.Clear();
        }

        _pool.Add(text, text);
        return text;
    }

    /// <summary>The file, or null when it had no record that was not blank.</summary>
    /// <param name="headersAsWideAsRows">Give the header row a blank name for every column a row has beyond it.</param>
    public TabularFile? Build(bool headersAsWideAsRows)
    {
        if (_headers is null)
        {
            return null;
        }

        while (headersAsWideAsRows && _headers.Count < _width)
        {
            _headers.Add("");
        }

        return new TabularFile(_headers, _rows);
    }
}
