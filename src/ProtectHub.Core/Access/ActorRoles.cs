using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

/// <summary>
/// The acting user's roles, read from the database: steps that only some roles may take (approving a return,
/// changing a plan) check them in the core, so no page or request can skip the check.
/// </summary>
public static class ActorRoles
{
    public static async Task<(Guid Id, string Name, List<Role> Roles)> ActorAsync(this ProtectHubDbContext db, CancellationToken ct = default)
    {
        var id = db.Scope.UserId ?? throw new InvalidOperationException("This is done by a signed-in user.");
        var roles = await db.Users.Where(u => u.Id == id).Select(u => u.Roles).FirstAsync(ct);
        return (id, db.Scope.ActorName, roles);
    }
}
