using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProtectHub.Core.Victims;

/// <summary>Applies the retention rule once a day (and shortly after start); `protecthub referrals retention` runs it by hand.</summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.ActorScopeOverride>().Scope = Access.ActorScope.System("retention rule");
                var removed = await scope.ServiceProvider.GetRequiredService<ReferralRetention>().RunAsync(stoppingToken);
                if (removed > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Retention rule: personal details removed from {Count} closed referrals", removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The retention rule could not run; it will try again tomorrow");
            }

            await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
        }
    }
}
