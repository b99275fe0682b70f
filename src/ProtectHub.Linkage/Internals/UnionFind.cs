namespace ProtectHub.Linkage.Internals;

/// <summary>Disjoint sets with path halving and union by smaller index, so roots are deterministic.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Joins the sets; the root is always the smallest record index, i.e. the earliest record.</summary>
    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }
        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }
    }
}
