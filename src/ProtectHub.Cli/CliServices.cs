using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

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
        services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<IActorScopeAccessor>(_ => new FixedActorScopeAccessor(ActorScope.System($"cli:{Environment.UserName}")));
        services.AddProtectHubData();
        services.AddProtectHubCore();
        return services.BuildServiceProvider();
    }
}
