namespace ProtectHub.Core.Data.Providers;

/// <summary>
/// Writes many rows of one entity at a time, with the context's other pending changes, in one transaction, audited as
/// <see cref="ProtectHubDbContext.SaveChangesAsync(bool, CancellationToken)"/> audits them (grouped when the context
/// asks for grouped entries). PostgreSQL uses binary COPY with its columns taken from the EF model; SQLite goes through
/// the change tracker.
/// </summary>
public interface IBulkWriter
{
    /// <summary>
    /// How many bulk writes the database usefully takes at once, each in its own context and connection: a large import
    /// saves that many chunks side by side. PostgreSQL works on each connection's inserts and index updates with a core
    /// of its own; SQLite has one writer at a time.
    /// </summary>
    int ParallelWriters { get; }

    /// <summary>Inserts new rows and saves every other pending change with them.</summary>
    Task InsertAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, CancellationToken ct = default) where T : class;

    /// <summary>
    /// Writes the named properties of rows already stored (loaded without tracking), and saves every other pending change
    /// with them. Audited as one "Altered" entry per 90 records naming the properties.
    /// </summary>
    Task UpdateAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> properties, CancellationToken ct = default) where T : class;
}
