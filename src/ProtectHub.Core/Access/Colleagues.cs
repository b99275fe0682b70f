using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

/// <summary>
/// The region's users as other records name them (the region filter scopes them): display names for the ids a record
/// holds, the officers a form may pick, a user found by email.
/// </summary>
public sealed class Colleagues(ProtectHubDbContext db)
{
    /// <summary>The roles that do the region's partner work: administrators and the National Coordinator lead no engagements.</summary>
    public static readonly IReadOnlyList<Role> WorkingRoles = [Role.Officer, Role.Supervisor, Role.Coordinator, Role.HeadOfUnit];

    /// <summary>The display names of these users, in name order (ids of users outside the region are left out).</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(IReadOnlyCollection<Guid> ids) =>
        ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync();

    /// <summary>Active users in a working role, by name: the "lead officer" and "owner" choices.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> WorkingOfficersAsync() =>
        (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Roles }).ToListAsync())
            .Where(u => u.Roles.Any(WorkingRoles.Contains))
            .Select(u => (u.Id, u.DisplayName)).ToList();

    /// <summary>The user with this email address (normalised as Identity stores it), if in the region.</summary>
    public Task<Guid?> IdByEmailAsync(string email)
    {
        var normalised = email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
    }

    /// <summary>A page of the region's users whose email or name contains <paramref name="term"/>, by name, with the total.</summary>
    public async Task<(IReadOnlyList<AppUser> Users, int Total, int Page)> SearchAsync(string? term, int page, int pageSize)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(term))
        {
            var upper = term.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
        }

        var total = await query.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        return (await query.OrderBy(u => u.DisplayName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(), total, page);
    }
}
