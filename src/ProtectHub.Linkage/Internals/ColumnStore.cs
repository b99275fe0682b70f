namespace ProtectHub.Linkage.Internals;

/// <summary>One text column: a value id per record (-1 when blank) and each distinct value once.</summary>
internal sealed class ColumnStore
{
    private Dictionary<string, int>? _lookup;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _alternate;
    private readonly List<string> _values = [];
    private int[] _ids = new int[1024];
    private int _count;

    public ColumnStore()
    {
        _lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        _alternate = _lookup.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _count;

    public int DistinctCount => _values.Count;

    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _count);

    public string Value(int valueId) => _values[valueId];

    public string? Get(int record) => _ids[record] < 0 ? null : _values[_ids[record]];

    public void Add(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        int id;
        if (trimmed.IsEmpty)
        {
            id = -1;
        }
        else
        {
            if (!_alternate.TryGetValue(trimmed, out id))
            {
                id = _values.Count;
                var s = trimmed.ToString();
                _values.Add(s);
                _lookup!.Add(s, id);
            }
        }
        if (_count == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }
        _ids[_count++] = id;
    }

    /// <summary>Drops the lookup table once reading is done: a million-value dictionary is not needed for linking.</summary>
    public void Seal()
    {
        _lookup = null;
        _alternate = default;
    }
}
