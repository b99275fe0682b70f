namespace ProtectHub.Linkage.Internals;

/// <summary>Which record pairs a job compares. Records below the split come from the first table.</summary>
internal enum PairFilter
{
    /// <summary>Every pair (deduplication).</summary>
    All,

    /// <summary>Only pairs with one record on each side of the split (linking two tables).</summary>
    CrossSplit,

    /// <summary>Pairs with at least one record at or after the split (incremental: new records against all).</summary>
    AnyNew,
}
