using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data.Providers;

/// <summary>
/// The bulk writer of engines without a faster path (SQLite): rows go through the change tracker, so auditing, version
/// stamps and every save reaction apply as to any save.
/// </summary>
public sealed class ChangeTrackerBulkWriter : IBulkWriter
{
    public int ParallelWriters => 1;

    public async Task InsertAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, CancellationToken ct = default) where T : class
    {
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> properties, CancellationToken ct = default) where T : class
    {
        var grouped = db.GroupAlteredEntries;
        db.GroupAlteredEntries = true;
        try
        {
            foreach (var row in rows)
            {
                var entry = db.Attach(row);
                foreach (var property in properties)
                {
                    entry.Property(property).IsModified = true;
                }
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.GroupAlteredEntries = grouped;
        }
    }
}
