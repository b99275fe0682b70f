using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProtectHub.Core;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Data.Postgres;
using ProtectHub.Data.Sqlite;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// The Core services as the web host and the CLI build them, on PostgreSQL, acting with a fixed scope (the system for
/// migrations, a user of the region for imports).
/// </summary>
internal static class CoreServices
{
    public static ServiceProvider Build(string connectionString, ActorScope scope)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:ProtectHub"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        // As the CLI: warnings only, and not EF's report of the migrator's first (expected) probe of the history table.
        services.AddLogging(b => b
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<IActorScopeAccessor>(_ => new FixedActorScopeAccessor(scope));
        services.AddProtectHubData().AddSqliteDatabase().AddPostgresDatabase();
        services.AddProtectHubCore();
        return services.BuildServiceProvider();
    }
}
