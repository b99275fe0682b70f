using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Data;

public static class DatabaseMigration
{
    /// <summary>
    /// Applies the pending migrations, then fills what a migration cannot on SQLite (which has no way to split text in
    /// SQL): the search words of contacts stored before they existed.
    /// </summary>
    public static async Task MigrateAndFillAsync(this ProtectHubDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await ContactSearchWord.FillMissingAsync(db, ct);
    }
}
