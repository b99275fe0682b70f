using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

/// <summary>
/// The region's organisations by name, for the forms that pick one (a report's source, a request's requester, a
/// contact's employer, an engagement's audience) and the pages that name the ones a record holds.
/// </summary>
public sealed class OrganisationNames(ProtectHubDbContext db)
{
    /// <summary>At most this many in a picker: beyond it a list is no use, and the form says to search the partner list.</summary>
    public const int Limit = 2000;

    // Ids leave the database as Guids and are formatted by the page: SQLite and PostgreSQL write them in different cases.

    /// <summary>The first <see cref="Limit"/> current organisations, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChoicesAsync() =>
        (await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(Limit).ToListAsync())
        .Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The same, each named with its town ("Acme Ltd, Leicester") where two may share a name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChoicesWithTownAsync() =>
        (await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Town }).Take(Limit).ToListAsync())
        .Select(o => (o.Id, o.Name + (o.Town == null ? "" : ", " + o.Town))).ToList();

    /// <summary>
    /// The organisations chosen (merged ones too: a form may hold one chosen before a merge) and the <paramref name="recent"/>
    /// most recently recorded, once each, by name.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ChosenAndRecentAsync(IReadOnlyCollection<Guid> chosen, int recent)
    {
        var latest = await db.Set<Organisation>().AsNoTracking().OrderByDescending(o => o.CreatedAt).Select(o => new { o.Id, o.Name }).Take(recent).ToListAsync();
        var chosenOnes = chosen.Count == 0 ? []
            : await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => chosen.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync();
        return chosenOnes.Concat(latest).DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => (o.Id, o.Name)).ToList();
    }

    /// <summary>The organisations a record names, merged ones included (the record named them then), by name.</summary>
    public async Task<IReadOnlyList<Organisation>> NamedAsync(IReadOnlyCollection<Guid> ids) =>
        ids.Count == 0 ? [] : await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync();

    /// <summary>One current organisation's name, or null when it is not in the region.</summary>
    public Task<string?> NameAsync(Guid id) => db.Set<Organisation>().AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync();
}
