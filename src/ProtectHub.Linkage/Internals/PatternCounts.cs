namespace ProtectHub.Linkage.Internals;

/// <summary>Comparison vectors packed 4 bits per field (level + 1, 0 for missing) with their (weighted) counts.</summary>
internal sealed class PatternCounts
{
    public Dictionary<ulong, double> Counts { get; } = [];

    public static ulong Pack(ReadOnlySpan<int> levels)
    {
        ulong p = 0;
        for (var f = 0; f < levels.Length; f++)
        {
            p |= (ulong)(levels[f] + 1) << (4 * f);
        }
        return p;
    }

    public static int Level(ulong pattern, int field) => (int)((pattern >> (4 * field)) & 0xF) - 1;

    public void Add(ulong pattern, double weight)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Counts, pattern, out _) += weight;
    }

    public void Merge(PatternCounts other)
    {
        foreach (var (k, v) in other.Counts)
        {
            Add(k, v);
        }
    }

    public double Total
    {
        get
        {
            double t = 0;
            foreach (var v in Counts.Values)
            {
                t += v;
            }
            return t;
        }
    }

    /// <summary>Patterns in a fixed order so floating-point sums do not depend on hash order.</summary>
    public (int[][] Levels, double[] Counts) Expand(int fieldCount)
    {
        var keys = new ulong[Counts.Count];
        Counts.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var levels = new int[keys.Length][];
        var counts = new double[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var l = new int[fieldCount];
            for (var f = 0; f < fieldCount; f++)
            {
                l[f] = Level(keys[i], f);
            }
            levels[i] = l;
            counts[i] = Counts[keys[i]];
        }
        return (levels, counts);
    }
}
