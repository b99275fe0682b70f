using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages;

/// <summary>
/// The active users of the region (the region filter scopes them) who do the region's partner work (officers and their
/// managers), for "lead officer" and "owner" choices: administrators and the National Coordinator lead no engagements.
/// </summary>
public static class OfficerChoices
{
    private static readonly Core.Access.Role[] WorkingRoles =
        [Core.Access.Role.Officer, Core.Access.Role.Supervisor, Core.Access.Role.Coordinator, Core.Access.Role.HeadOfUnit];

    // Ids are formatted here, not in SQL: SQLite and PostgreSQL write GUIDs in different cases.
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(ProtectHubDbContext db) =>
        (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Roles }).ToListAsync())
            .Where(u => u.Roles.Any(WorkingRoles.Contains))
            .Select(u => new SelectListItem(u.DisplayName, u.Id.ToString())).ToList();
}
