using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Backups;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Data.Postgres;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Makes PostgreSQL available as <c>Database:Provider</c> Postgres: the provider and its implementation of each
    /// capability, keyed by <see cref="DatabaseProvider.Postgres"/> (<see cref="DataServiceCollectionExtensions"/> picks
    /// the configured one).
    /// </summary>
    public static IServiceCollection AddPostgresDatabase(this IServiceCollection services)
    {
        const DatabaseProvider key = DatabaseProvider.Postgres;
        services.AddKeyedSingleton<IDatabaseProvider, PostgresDatabase>(key);
        services.AddKeyedSingleton<IBulkWriter, PostgresBulkWriter>(key);
        services.AddKeyedSingleton<IRowLocks, PostgresRowLocks>(key);
        services.AddKeyedSingleton<IDatabaseBackupTool, PostgresBackupTool>(key);
        return services;
    }
}
