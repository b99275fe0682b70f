using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Regions;

/// <summary>
/// Aggregate figures across every region for the national view. This is the one deliberate way past the region
/// filter: it returns counts only, never a record, so a National Coordinator sees the national picture and no person.
/// </summary>
public sealed class RegionFigures(ProtectHubDbContext db)
{
    public sealed record Row(string RegionCode, string RegionName, int Forces, int ActiveUsers, int UsersWithExpiredVetting);

    public async Task<IReadOnlyList<Row>> ByRegionAsync(DateOnly today, CancellationToken ct = default)
    {
        var users = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => !u.IsDisabled)
            .GroupBy(u => u.RegionCode)
            .Select(g => new { Region = g.Key, Active = g.Count(), Expired = g.Count(u => u.VettingExpiresOn == null || u.VettingExpiresOn < today) })
            .ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new { r.Code, r.Name, Forces = r.Forces.Count }).ToListAsync(ct);
        return regions.Select(r =>
        {
            var u = users.FirstOrDefault(x => x.Region == r.Code);
            return new Row(r.Code, r.Name, r.Forces, u?.Active ?? 0, u?.Expired ?? 0);
        }).ToList();
    }
}
