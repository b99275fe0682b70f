namespace ProtectHub.Core.Data.Providers;

/// <summary>
/// Serialises writers of one record for the rest of the current transaction, where a check and a write must not be
/// split by another request (the last place at an event). PostgreSQL locks the row; SQLite needs nothing, as it lets
/// one writer in at a time.
/// </summary>
public interface IRowLocks
{
    Task LockAsync<T>(ProtectHubDbContext db, Guid id, CancellationToken ct = default) where T : class;
}
