using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

/// <summary>The region's organisations by name, for the forms that pick one (a report's source, a request's requester).</summary>
public static class OrganisationChoices
{
    /// <summary>At most this many: beyond it a picker is no use, and the form says to search the partner list.</summary>
    public const int Limit = 2000;

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> OrganisationChoicesAsync(this ProtectHubDbContext db) =>
        (await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(Limit).ToListAsync())
        .Select(o => (o.Id, o.Name)).ToList();
}
