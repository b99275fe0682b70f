using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProtectHub.Core.Data;

/// <summary>Moves every changed <see cref="IVersioned"/> record on to its next version as it is saved.</summary>
public sealed class VersionStampInterceptor : SaveChangesInterceptor
{
    public static VersionStampInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added && context is ProtectHubDbContext creating)
            {
                // Version 1 when saved: 0 is a record not yet stored (such as a region's default rules before their first save).
                entry.Entity.Version = Math.Max(entry.Entity.Version, 1);
                entry.Entity.ChangedById = creating.Scope.UserId;
                entry.Entity.ChangedAt = creating.Now();
                continue;
            }

            // Only real changes count: the original version stays the concurrency check in the UPDATE's WHERE clause.
            if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)))
            {
                entry.Entity.Version = entry.OriginalValues.GetValue<long>(nameof(IVersioned.Version)) + 1;
                if (context is ProtectHubDbContext db)
                {
                    entry.Entity.ChangedById = db.Scope.UserId;
                    entry.Entity.ChangedAt = db.Now();
                }
            }
        }
    }
}
