using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProtectHub.Core.Data;

/// <summary>
/// A job run once a day (and a minute after start) as the system, on one instance of the service at a time: the
/// <see cref="JobLeases">lease</see> is held for 23 hours, so if the instance that ran it dies, another runs it the next day.
/// </summary>
public abstract class DailyJobWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name, one per job.</summary>
    protected abstract string LeaseName { get; }

    /// <summary>What the audit log and the error log call the job.</summary>
    protected abstract string JobName { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.ActorScopeOverride>().Scope = Access.ActorScope.System(JobName);
                if (await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(LeaseName, TimeSpan.FromHours(23), stoppingToken))
                {
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The daily job '{Job}' could not run; it will try again tomorrow", JobName);
            }

            await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
        }
    }
}
