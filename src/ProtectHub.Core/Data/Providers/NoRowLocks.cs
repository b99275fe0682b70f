namespace ProtectHub.Core.Data.Providers;

/// <summary>Row locks on an engine that admits one writer at a time (SQLite): nothing to do.</summary>
public sealed class NoRowLocks : IRowLocks
{
    public Task LockAsync<T>(ProtectHubDbContext db, Guid id, CancellationToken ct = default) where T : class => Task.CompletedTask;
}
