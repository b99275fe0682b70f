using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

/// <summary>
/// Lists count their matches only up to <see cref="CountLimit"/>: counting every one of 300,000 rows on each page
/// costs more than the page itself, and "more than 10,000" tells the officer as much (narrow the search).
/// </summary>
public static class Paging
{
    public const int CountLimit = 10_000;

    /// <summary>The number of matches, or <see cref="CountLimit"/> + 1 when there are more.</summary>
    public static Task<int> CountUpToLimitAsync<T>(this IQueryable<T> query, CancellationToken ct = default) =>
        query.Take(CountLimit + 1).CountAsync(ct);

    /// <summary>"25 contacts", or "More than 10,000 contacts".</summary>
    public static string Describe(int total, string one, string many) =>
        total > CountLimit ? $"More than {CountLimit:N0} {many}" : $"{total:N0} {(total == 1 ? one : many)}";
}
