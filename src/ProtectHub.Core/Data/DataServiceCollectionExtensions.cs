using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "ProtectHub.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "ProtectHub.Data.Postgres";

    /// <summary>
    /// Registers the DbContext for the configured provider: <c>Database:Provider</c> (Sqlite, the default, or Postgres)
    /// and <c>ConnectionStrings:ProtectHub</c>. With SQLite and no connection string the database is data/protecthub.db.
    /// </summary>
    public static IServiceCollection AddProtectHubData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IActorScopeAccessor>(_ => new FixedActorScopeAccessor(ActorScope.System()));
        services.TryAddScoped<ActorScopeOverride>();
        services.AddScoped<PersonalDataReadTracker>();
        services.TryAddSingleton(sp => AuditChainKey.From(sp.GetRequiredService<IConfiguration>()));
        // Configuration is read when the first context is built, not at registration, so that every configuration
        // source (including a test host's) has been added by then.
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<ProtectHubDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
            }
            else
            {
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
            }

            options.AddInterceptors(PersonalDataReadInterceptor.Instance, VersionStampInterceptor.Instance, Victims.ReferralChangeCounter.Instance);
        });
        return services;
    }

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

    /// <summary>Creates the folder of the SQLite file so that a fresh clone runs without set-up.</summary>
    internal static string PrepareSqlite(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
            ? "Data Source=data/protecthub.db"
            : connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}

/// <summary>
/// The database to use: <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:ProtectHub</c>.
/// With SQLite and no connection string the database is data/protecthub.db under the working folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = DataServiceCollectionExtensions.ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString("ProtectHub");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:ProtectHub is empty. Set it, for example with the " +
                "environment variable ConnectionStrings__ProtectHub=\"Host=...;Database=protecthub;Username=...;Password=...\".");
        }

        return new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite
            ? DataServiceCollectionExtensions.PrepareSqlite(connectionString)
            : connectionString!);
    }
}
