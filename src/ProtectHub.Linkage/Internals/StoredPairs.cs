namespace ProtectHub.Linkage.Internals;

/// <summary>A block of compared pairs with their packed comparison vectors.</summary>
internal sealed class StoredPairs(int capacity)
{
    public int[] I { get; } = new int[capacity];

    public int[] J { get; } = new int[capacity];

    public ulong[] Patterns { get; } = new ulong[capacity];

    public int Count { get; private set; }

    public void Add(int i, int j, ulong pattern)
    {
        I[Count] = i;
        J[Count] = j;
        Patterns[Count] = pattern;
        Count++;
    }
}
