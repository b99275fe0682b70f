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
