using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

/// <summary>
/// A record that can be folded into another (a duplicate organisation or contact). A merged record stays in the
/// database, pointing at the one kept, so its history is not lost; every query leaves it out (the
/// <see cref="QueryFilters.NotMerged"/> filter) unless it asks for <see cref="MergedRecords.IncludingMerged{T}"/>.
/// </summary>
public interface IMergeable
{
    /// <summary>The record this one was merged into; null for a current record.</summary>
    Guid? MergedIntoId { get; }
}

/// <summary>The names of the model's query filters, for the few queries that must see past one of them.</summary>
public static class QueryFilters
{
    /// <summary>Only the acting user's region (every <see cref="Access.IRegionOwned"/> entity).</summary>
    public const string Region = "Region";

    /// <summary>Only current records, not those merged into another (every <see cref="IMergeable"/> entity).</summary>
    public const string NotMerged = "NotMerged";
}

public static class MergedRecords
{
    /// <summary>
    /// Includes records merged into others, still within the region: for a record's history, for opening a merged
    /// record's old address (to redirect to the one kept), and for links stored before a merge (an engagement naming a
    /// duplicate organisation). Note that EF applies this to the whole query it is part of.
    /// </summary>
    public static IQueryable<T> IncludingMerged<T>(this IQueryable<T> query) where T : class =>
        query.IgnoreQueryFilters([QueryFilters.NotMerged]);
}
