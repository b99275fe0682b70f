using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProtectHub.Core.Data;

/// <summary>
/// Applies every area's retention rule (<see cref="IRetentionRule"/>) once a day (and shortly after start), on one instance of the service at a time (a
/// <see cref="Data.JobLeases">lease</see>); `protecthub referrals retention` and `protecthub prevent retention` run them by hand.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string LeaseName = "retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.ActorScopeOverride>().Scope = Access.ActorScope.System("retention rule");
                // One instance of the service applies the rule each day; if it dies, another takes the job the next day.
                if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(LeaseName, TimeSpan.FromHours(23), stoppingToken))
                {
                    await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
                    continue;
                }

                foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
                {
                    var removed = await rule.RunAsync(stoppingToken);
                    if (removed > 0 && logger.IsEnabled(LogLevel.Information))
                    {
                        logger.LogInformation("Retention rule: personal details removed from {Count} {Records}", removed, rule.Records);
                    }
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
