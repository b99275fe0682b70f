using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Backups;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext for the configured provider: <c>Database:Provider</c> (Sqlite, the default, or Postgres)
    /// and <c>ConnectionStrings:ProtectHub</c>. The providers themselves come from their projects
    /// (<c>AddSqliteDatabase()</c>, <c>AddPostgresDatabase()</c>), each registering its implementation of every
    /// capability under its <see cref="DatabaseProvider"/> key; the capabilities resolve to the configured one.
    /// Save reactions are <see cref="IInterceptor"/> services: each area registers its own, a provider those it needs.
    /// </summary>
    public static IServiceCollection AddProtectHubData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IActorScopeAccessor>(_ => new FixedActorScopeAccessor(ActorScope.System()));
        services.TryAddScoped<ActorScopeOverride>();
        services.AddScoped<ActingScope>();
        services.AddScoped<RecordChanges>();
        services.AddScoped<PersonalDataReadTracker>();
        services.TryAddSingleton(sp => AuditChainKey.From(sp.GetRequiredService<IConfiguration>()));
        // Configuration is read when the first context is built, not at registration, so that every configuration
        // source (including a test host's) has been added by then.
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), sp));
        services.AddSingleton(sp => Configured<IDatabaseProvider>(sp));
        services.AddSingleton(sp => Configured<IBulkWriter>(sp));
        services.AddSingleton(sp => Configured<IRowLocks>(sp));
        services.AddSingleton(sp => Configured<IDatabaseBackupTool>(sp));
        services.AddScoped<DatabaseBackup>();
        services.AddSingleton<IInterceptor>(PersonalDataReadInterceptor.Instance);
        services.AddSingleton<IInterceptor>(VersionStampInterceptor.Instance);
        services.AddSingleton<IInterceptor, ChangeCounting>();
        services.AddDbContext<ProtectHubDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            sp.GetRequiredService<IDatabaseProvider>().UseDatabase(options, settings.ConnectionString);
            options.AddInterceptors(sp.GetServices<IInterceptor>().Concat(sp.GetKeyedServices<IInterceptor>(settings.Provider)));
        });
        return services;
    }

    /// <summary>The configured provider's implementation of a capability.</summary>
    private static T Configured<T>(IServiceProvider sp) where T : notnull =>
        sp.GetKeyedService<T>(sp.GetRequiredService<DatabaseSettings>().Provider)
        ?? throw new InvalidOperationException($"No {typeof(T).Name} is registered for {sp.GetRequiredService<DatabaseSettings>().Provider}: call AddSqliteDatabase() and AddPostgresDatabase() from the provider projects.");

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider is '{value}'; it must be Sqlite or Postgres.");
    }
}

/// <summary>
/// The database to use: <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:ProtectHub</c>.
/// With SQLite and no connection string the database is data/protecthub.db under the working folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, IServiceProvider services)
    {
        var provider = DataServiceCollectionExtensions.ReadProvider(configuration);
        var database = services.GetKeyedService<IDatabaseProvider>(provider)
            ?? throw new InvalidOperationException($"Database:Provider is {provider}, but this build has no {provider} provider registered.");
        return new DatabaseSettings(provider, database.PrepareConnectionString(configuration.GetConnectionString("ProtectHub")));
    }
}
