using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProtectHub.Core.Data;

/// <summary>An area's declaration that saves of these entity types move the named <see cref="ChangeCounter"/> on.</summary>
public sealed record CountedChanges(string Counter, params Type[] EntityTypes);

/// <summary>
/// Moves each <see cref="ChangeCounter"/> on after a save that changed its records, in the database so that every
/// instance of the service sees every other's: the counter is part of the key of figures shared between users
/// (<see cref="Performance.SharedFigures"/>: the referral workload, the tasking board, list totals), so a change on any
/// instance shows at once. Each area declares what it counts with a <see cref="CountedChanges"/> service. Saves through
/// the change tracker and bulk writes (<see cref="Providers.IBulkWriter"/>, which note themselves in
/// <see cref="ProtectHubDbContext.BulkWritten"/>) are counted here; an ExecuteUpdate calls <see cref="BumpAsync"/> itself.
/// </summary>
public sealed class ChangeCounting(IEnumerable<CountedChanges> counted) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Changed = [];
    private readonly IReadOnlyList<(Type Type, string Counter)> _types = counted.SelectMany(c => c.EntityTypes.Select(t => (t, c.Counter))).ToList();

    // One statement both databases run the same way; a counter not seeded yet starts at one.
    private const string Bump = """
        INSERT INTO change_counters ("Name", "Value") VALUES ({0}, 1)
        ON CONFLICT ("Name") DO UPDATE SET "Value" = change_counters."Value" + 1
        """;

    public static Task<int> BumpAsync(DbContext db, string counter, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync(Bump, [counter], ct);

    public static Task<long> CurrentAsync(DbContext db, string counter, CancellationToken ct = default) =>
        db.Set<ChangeCounter>().Where(c => c.Name == counter).Select(c => c.Value).FirstOrDefaultAsync(ct);

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
        if (eventData.Context is { } db && Changed.TryGetValue(db, out var counters) && Changed.Remove(db))
        {
            foreach (var counter in counters)
            {
                db.Database.ExecuteSqlRaw(Bump, [counter]);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Changed.TryGetValue(db, out var counters) && Changed.Remove(db))
        {
            foreach (var counter in counters)
            {
                await BumpAsync(db, counter, cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var bulk = (db as ProtectHubDbContext)?.BulkWritten;
        var changedTypes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType).ToHashSet();
        var counters = _types.Where(t => changedTypes.Contains(t.Type) || bulk?.Contains(t.Type) == true).Select(t => t.Counter).ToHashSet();
        if (counters.Count > 0)
        {
            Changed.AddOrUpdate(db, counters);
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
