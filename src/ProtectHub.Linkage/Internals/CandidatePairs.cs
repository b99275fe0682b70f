namespace ProtectHub.Linkage.Internals;

/// <summary>
/// Blocking: groups records by each rule's key and walks the pairs inside groups. A pair found by several rules is
/// visited as "first" only by the earliest, so the union has no duplicates without a hash set of pairs.
/// </summary>
internal sealed class CandidatePairs
{
    private const long TargetPairsPerItem = 1 << 16;
    private readonly ulong[][] _keys;
    private readonly int[][] _order;
    private readonly List<(int Start, int Length)>[] _groups;
    private readonly List<(int Rule, int GroupFrom, int GroupTo, int OuterFrom, int OuterTo)> _items = [];

    /// <summary>Builds keys and groups for each rule; keyFieldIndexes gives, per rule and key, the field the key reads.</summary>
    public CandidatePairs(BlockingKey[][] rules, int[][] keyFieldIndexes, PreparedField[] fields, int recordCount, int split, PairFilter filter, int degree)
    {
        Split = split;
        Filter = filter;
        RuleCount = rules.Length;
        _keys = new ulong[rules.Length][];
        _order = new int[rules.Length][];
        _groups = new List<(int Start, int Length)>[rules.Length];
        RawCounts = new long[rules.Length];
        var sorted = new ulong[rules.Length][];
        Parallel.For(0, rules.Length, new ParallelOptions { MaxDegreeOfParallelism = degree <= 0 ? Environment.ProcessorCount : degree }, r =>
        {
            _keys[r] = BuildKeys(rules[r], fields, recordCount, keyFieldIndexes[r]);
            (sorted[r], _order[r]) = Sort(_keys[r]);
        });
        for (var r = 0; r < rules.Length; r++)
        {
            BuildGroups(r, sorted[r]);
            sorted[r] = [];
        }
    }

    public int Split { get; }

    /// <summary>Whether <paramref name="rule"/> puts records i and j in the same block (both keys present and equal).</summary>
    public bool Covers(int rule, int i, int j) => _keys[rule][i] != 0 && _keys[rule][i] == _keys[rule][j];

    public PairFilter Filter { get; }

    public int RuleCount { get; }

    /// <summary>Pairs each rule generates on its own (before removing pairs an earlier rule already found).</summary>
    public long[] RawCounts { get; }

    public long TotalRaw
    {
        get
        {
            long sum = 0;
            foreach (var c in RawCounts)
            {
                sum += c;
            }
            return sum;
        }
    }

    /// <summary>Runs a parallel pass over all pairs; <paramref name="firstOnly"/> skips pairs an earlier rule produced.</summary>
    public void Run<T>(Func<T> create, Action<T> merge, bool firstOnly, int degree, int onlyRule = -1)
        where T : PairWorker
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree <= 0 ? Environment.ProcessorCount : degree };
        var gate = new object();
        Parallel.For(0, _items.Count, options, create, (index, _, worker) =>
        {
            var item = _items[index];
            if (onlyRule >= 0 && item.Rule != onlyRule)
            {
                return worker;
            }
            var groups = _groups[item.Rule];
            for (var g = item.GroupFrom; g < item.GroupTo; g++)
            {
                var (start, length) = groups[g];
                var outerTo = item.OuterTo < 0 ? length : item.OuterTo;
                VisitItem(item.Rule, start, length, item.OuterFrom, outerTo, worker, firstOnly);
            }
            return worker;
        }, worker =>
        {
            lock (gate)
            {
                merge(worker);
            }
        });
    }

    private void VisitItem(int rule, int start, int length, int outerFrom, int outerTo, PairWorker worker, bool firstOnly)
    {
        var order = _order[rule];
        var split = Split;
        var filter = Filter;
        for (var p = outerFrom; p < outerTo; p++)
        {
            var x = order[start + p];
            for (var q = p + 1; q < length; q++)
            {
                var y = order[start + q];
                var i = x < y ? x : y;
                var j = x < y ? y : x;
                if (filter == PairFilter.CrossSplit ? (i >= split || j < split) : filter == PairFilter.AnyNew && j < split)
                {
                    continue;
                }
                var first = true;
                for (var k = 0; k < rule; k++)
                {
                    var key = _keys[k][i];
                    if (key != 0 && key == _keys[k][j])
                    {
                        first = false;
                        break;
                    }
                }
                if (first || !firstOnly)
                {
                    worker.Visit(i, j, rule, first);
                }
            }
        }
    }

    private static ulong[] BuildKeys(BlockingKey[] rule, PreparedField[] fields, int recordCount, int[] fieldIndexes)
    {
        // Derive each key part once per distinct value, intern it, then mix the part ids into one 64-bit key per record.
        var partIds = new int[rule.Length][];
        for (var p = 0; p < rule.Length; p++)
        {
            var field = fields[fieldIndexes[p]];
            var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = new int[field.Values.Length];
            for (var v = 0; v < ids.Length; v++)
            {
                var derived = rule[p].Derive(field, v);
                if (derived is null)
                {
                    ids[v] = -1;
                    continue;
                }
                if (!lookup.TryGetValue(derived, out ids[v]))
                {
                    ids[v] = lookup.Count;
                    lookup.Add(derived, ids[v]);
                }
            }
            partIds[p] = ids;
        }
        var keys = new ulong[recordCount];
        for (var r = 0; r < recordCount; r++)
        {
            ulong h = 0x9E3779B97F4A7C15UL;
            var missing = false;
            for (var p = 0; p < rule.Length; p++)
            {
                var v = fields[fieldIndexes[p]].Ids[r];
                var id = v < 0 ? -1 : partIds[p][v];
                if (id < 0)
                {
                    missing = true;
                    break;
                }
                h = Mix(h ^ (ulong)(uint)id ^ ((ulong)p << 40));
            }
            keys[r] = missing ? 0 : (h == 0 ? 1 : h);
        }
        return keys;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93F005A2E6BUL;
        x ^= x >> 33;
        return x;
    }

    private static (ulong[] SortKeys, int[] Order) Sort(ulong[] keys)
    {
        var n = 0;
        foreach (var k in keys)
        {
            if (k != 0)
            {
                n++;
            }
        }
        var sortKeys = new ulong[n];
        var order = new int[n];
        n = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            if (keys[r] != 0)
            {
                sortKeys[n] = keys[r];
                order[n++] = r;
            }
        }
        Array.Sort(sortKeys, order);
        return (sortKeys, order);
    }

    private void BuildGroups(int rule, ulong[] sortKeys)
    {
        var n = sortKeys.Length;
        var order = _order[rule];
        var groups = new List<(int Start, int Length)>();
        _groups[rule] = groups;
        long raw = 0;
        long batchPairs = 0;
        var batchFrom = 0;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && sortKeys[end] == sortKeys[start])
            {
                end++;
            }
            var length = end - start;
            if (length > 1)
            {
                raw += CountPairs(order, start, length);
                long all = (long)length * (length - 1) / 2;
                if (all >= TargetPairsPerItem)
                {
                    // Close the current batch, then split the big group by outer index so both cores share it.
                    if (groups.Count > batchFrom)
                    {
                        _items.Add((rule, batchFrom, groups.Count, 0, -1));
                    }
                    var g = groups.Count;
                    groups.Add((start, length));
                    var from = 0;
                    long acc = 0;
                    for (var p = 0; p < length; p++)
                    {
                        acc += length - 1 - p;
                        if (acc >= TargetPairsPerItem || p == length - 1)
                        {
                            _items.Add((rule, g, g + 1, from, p + 1));
                            from = p + 1;
                            acc = 0;
                        }
                    }
                    batchFrom = groups.Count;
                    batchPairs = 0;
                }
                else
                {
                    groups.Add((start, length));
                    batchPairs += all;
                    if (batchPairs >= TargetPairsPerItem)
                    {
                        _items.Add((rule, batchFrom, groups.Count, 0, -1));
                        batchFrom = groups.Count;
                        batchPairs = 0;
                    }
                }
            }
            start = end;
        }
        if (groups.Count > batchFrom)
        {
            _items.Add((rule, batchFrom, groups.Count, 0, -1));
        }
        RawCounts[rule] = raw;
    }

    private long CountPairs(int[] order, int start, int length)
    {
        switch (Filter)
        {
            case PairFilter.All:
                return (long)length * (length - 1) / 2;
            case PairFilter.CrossSplit:
                {
                    long left = 0;
                    for (var p = 0; p < length; p++)
                    {
                        if (order[start + p] < Split)
                        {
                            left++;
                        }
                    }
                    return left * (length - left);
                }
            default:
                {
                    long old = 0;
                    for (var p = 0; p < length; p++)
                    {
                        if (order[start + p] < Split)
                        {
                            old++;
                        }
                    }
                    return ((long)length * (length - 1) / 2) - (old * (old - 1) / 2);
                }
        }
    }
}
