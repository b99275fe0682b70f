using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data.Providers;

/// <summary>
/// What one database engine (SQLite or PostgreSQL) adds to the shared model and services. Each provider project
/// (ProtectHub.Data.Sqlite, ProtectHub.Data.Postgres) holds one implementation, with its migrations and its
/// implementations of the capability interfaces in this folder (<see cref="IBulkWriter"/>, <see cref="IRowLocks"/>,
/// <see cref="Backups.IDatabaseBackupTool"/>). Core never asks which engine it runs on: it asks for a capability.
/// </summary>
public interface IDatabaseProvider
{
    DatabaseProvider Kind { get; }

    /// <summary>Completes the configured connection string (for SQLite: the default file, its folder, foreign keys on).</summary>
    string PrepareConnectionString(string? configured);

    /// <summary>Points the context at the database, with this provider's migrations.</summary>
    void UseDatabase(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Storage conventions the engine needs (for example how SQLite stores DateTimeOffset).</summary>
    void ConfigureConventions(ModelConfigurationBuilder builder);

    /// <summary>Model details that differ by engine (collations, generated columns).</summary>
    void ConfigureModel(ModelBuilder builder);

    /// <summary>
    /// Whether a query can join a row to the elements of its own list column (PostgreSQL unnests arrays; SQLite
    /// cannot, EF would need APPLY). Queries with a cheaper set-based form on engines that can choose it here.
    /// </summary>
    bool CanJoinListColumns { get; }
}
