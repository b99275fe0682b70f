using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Counts the saves that changed victim referrals, in the database (<see cref="ChangeCounter.Referrals"/>) so that every
/// instance of the service sees every other's: part of the key of the figures shared between supervisors
/// (<see cref="ReferralQueue.WorkloadAsync"/>), so that a referral assigned, contacted or closed on any instance shows
/// at once. Saves through the change tracker and bulk writes (<see cref="Data.Providers.IBulkWriter"/>, which note
/// themselves in <see cref="ProtectHubDbContext.BulkWritten"/>) are counted here; an ExecuteUpdate of referrals calls
/// <see cref="BumpAsync"/> in its own transaction.
/// </summary>
public sealed class ReferralChangeCounter : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Changed = [];

    public static Task<int> BumpAsync(DbContext db, CancellationToken ct = default) =>
        db.Set<ChangeCounter>().Where(c => c.Name == ChangeCounter.Referrals)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);

    public static Task<long> CurrentAsync(DbContext db, CancellationToken ct = default) =>
        db.Set<ChangeCounter>().Where(c => c.Name == ChangeCounter.Referrals).Select(c => c.Value).FirstOrDefaultAsync(ct);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && Changed.Remove(db))
        {
            db.Set<ChangeCounter>().Where(c => c.Name == ChangeCounter.Referrals).ExecuteUpdate(s => s.SetProperty(c => c.Value, c => c.Value + 1));
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Changed.Remove(db))
        {
            await BumpAsync(db, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Note(DbContext? db)
    {
        if (db is not null && ((db as ProtectHubDbContext)?.BulkWritten.Contains(typeof(VictimReferral)) == true
            || db.ChangeTracker.Entries<VictimReferral>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)))
        {
            Changed.AddOrUpdate(db, db);
        }
    }

    private static void Forget(DbContext? db)
    {
        if (db is not null)
        {
            Changed.Remove(db);
        }
    }
}
