using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

/// <summary>
/// Lists count their matches only up to <see cref="CountLimit"/>, and page through that many: counting (or skipping)
/// 300,000 rows on each page costs far more than the page itself, and "more than 1,000" tells the officer what they
/// need (narrow the search; a download of the list still holds every match).
/// </summary>
public static class Paging
{
    public const int CountLimit = 1_000;

    /// <summary>The number of matches, or <see cref="CountLimit"/> + 1 when there are more.</summary>
    public static Task<int> CountUpToLimitAsync<T>(this IQueryable<T> query, CancellationToken ct = default) =>
        query.Take(CountLimit + 1).CountAsync(ct);

    /// <summary>The page asked for, between the first and the last that the count limit reaches.</summary>
    public static int ClampPage(int page, int pageSize) => Math.Clamp(page, 1, Math.Max(1, (CountLimit + pageSize - 1) / pageSize));

    /// <summary>"25 contacts", or "More than 1,000 contacts".</summary>
    public static string Describe(int total, string one, string many) =>
        total > CountLimit ? $"More than {CountLimit:N0} {many}" : $"{total:N0} {(total == 1 ? one : many)}";

    /// <summary>
    /// A page's rows, read by key, in the order of the keys: for pages whose order was worked out from an index alone
    /// (search words, a walk of a sorted index) before the few rows shown were read.
    /// </summary>
    public static List<T> InOrderOf<T>(this IEnumerable<T> rows, IReadOnlyList<Guid> ids, Func<T, Guid> key)
    {
        var byId = rows.ToDictionary(key);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }
}
