using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

public static class DatabaseMigration
{
    /// <summary>
    /// Brings the database's schema up to this build's. Until the first release the migrations are kept squashed into
    /// one initial migration per provider, so a database made by an earlier pre-release build (whose history names
    /// migrations this build no longer has) is refused with what to do, rather than half-upgraded.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this ProtectHubDbContext db, CancellationToken ct = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"This database was made by a pre-release build of ProtectHub: its schema history names {unknown[0]}, which this build " +
                "replaced. Before the first release schemas are not upgraded in place: delete the database (for SQLite, data/protecthub.db) " +
                "or point ConnectionStrings:ProtectHub at a new one, then start again.");
        }

        await db.Database.MigrateAsync(ct);
    }
}
