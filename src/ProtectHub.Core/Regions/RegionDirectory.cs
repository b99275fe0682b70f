using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Regions;

/// <summary>The regions and their forces as the database holds them (reference data: every user may read them).</summary>
public sealed class RegionDirectory(ProtectHubDbContext db, ActingScope acting)
{
    public async Task<IReadOnlyList<Region>> AllAsync() =>
        await db.Regions.AsNoTracking().Include(r => r.Forces).OrderBy(r => r.Name).ToListAsync();

    public Task<Region?> FindAsync(string code) =>
        db.Regions.AsNoTracking().Include(r => r.Forces).FirstOrDefaultAsync(r => r.Code == code.ToUpperInvariant());

    /// <summary>The regions the acting user administers (theirs, or all for a national administrator), each with its forces.</summary>
    public async Task<IReadOnlyList<Region>> AdministeredAsync()
    {
        var scope = acting.Current;
        return await db.Regions.AsNoTracking().Include(r => r.Forces).Where(r => !scope.RestrictToRegion || r.Code == scope.RegionCode)
            .OrderBy(r => r.Name).ToListAsync();
    }
}
