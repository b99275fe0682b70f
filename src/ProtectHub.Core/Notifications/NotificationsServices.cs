using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Notifications;

public static class NotificationsServices
{
    /// <summary>Notifications: made on saves (<see cref="NotificationTriggers"/>) and by the sweep, listed in the app, emailed by the worker.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddSingleton<IInterceptor, NotificationTriggers>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationSweep>();
        services.AddScoped<NotificationMailer>();
        return services;
    }
}

/// <summary>
/// Every minute, on one instance at a time (a two-minute lease): emails what is pending; every hour, sweeps for what
/// falls due. A notification made on a save is in the person's list at once; its email follows within a minute.
/// </summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Worker)
        {
            return;
        }

        DateTimeOffset? swept = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.ActorScopeOverride>().Scope = Access.ActorScope.System("notifications");
                if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync("notifications", TimeSpan.FromMinutes(2), stoppingToken))
                {
                    continue;
                }

                var now = time.GetUtcNow();
                if (swept is null || now - swept >= TimeSpan.FromHours(1))
                {
                    await scope.ServiceProvider.GetRequiredService<NotificationSweep>().RunAsync(stoppingToken);
                    swept = now;
                }

                await scope.ServiceProvider.GetRequiredService<NotificationMailer>().SendAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Notifications could not be swept or emailed; trying again in a minute");
            }
        }
    }
}
