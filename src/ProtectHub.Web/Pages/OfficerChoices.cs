using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages;

/// <summary>The active users of the region (the region filter scopes them) for "lead officer" and "owner" choices.</summary>
public static class OfficerChoices
{
    // Ids are formatted here, not in SQL: SQLite and PostgreSQL write GUIDs in different cases.
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(ProtectHubDbContext db) =>
        (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync())
            .Select(u => new SelectListItem(u.DisplayName, u.Id.ToString())).ToList();
}
