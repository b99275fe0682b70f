using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProtectHub.Core;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Data.Postgres;
using ProtectHub.Data.Sqlite;

namespace ProtectHub.Cli;

/// <summary>
/// The same core services the web host uses, configured from environment variables (Database__Provider,
/// ConnectionStrings__ProtectHub) and an optional appsettings.json in the current folder. The CLI acts as
/// "cli:&lt;os user&gt;" with no region restriction: it is for operators of the installation.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        // Logs go to stderr so stdout carries only the command's result. EF's own report of a failed SQL command is
        // left out: the failure reaches the user as the command's error anyway, and on a fresh PostgreSQL database
        // the migrator's first probe of the history table "fails" by design.
        services.AddLogging(b => b
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<IActorScopeAccessor>(_ => new FixedActorScopeAccessor(ActorScope.System($"cli:{Environment.UserName}")));
        services.AddProtectHubData().AddSqliteDatabase().AddPostgresDatabase();
        services.AddProtectHubCore();
        return services.BuildServiceProvider();
    }
}
