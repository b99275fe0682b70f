using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Backups;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Makes SQLite available as <c>Database:Provider</c> Sqlite: the provider and its implementation of each
    /// capability, keyed by <see cref="DatabaseProvider.Sqlite"/> (<see cref="DataServiceCollectionExtensions"/> picks
    /// the configured one).
    /// </summary>
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services)
    {
        const DatabaseProvider key = DatabaseProvider.Sqlite;
        services.AddKeyedSingleton<IDatabaseProvider, SqliteDatabase>(key);
        services.AddKeyedSingleton<IBulkWriter, ChangeTrackerBulkWriter>(key);
        services.AddKeyedSingleton<IRowLocks, NoRowLocks>(key);
        services.AddKeyedSingleton<IDatabaseBackupTool, SqliteBackupTool>(key);
        // PostgreSQL keeps contact search words with triggers; SQLite cannot split text in SQL, so a save reaction does.
        services.AddKeyedSingleton<IInterceptor, ContactSearchWordSync>(key);
        return services;
    }
}
