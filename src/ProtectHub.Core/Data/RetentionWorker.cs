using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProtectHub.Core.Data;

/// <summary>
/// Applies every area's retention rule (<see cref="IRetentionRule"/>) once a day on one instance of the service at a time;
/// `protecthub referrals retention` and `protecthub prevent retention` run them by hand.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionWorker> logger) : DailyJobWorker(scopes, time, logger)
{
    public const string Lease = "retention";

    private readonly ILogger<RetentionWorker> _logger = logger;

    protected override string LeaseName => Lease;

    protected override string JobName => "retention rule";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        foreach (var rule in services.GetServices<IRetentionRule>())
        {
            var removed = await rule.RunAsync(ct);
            if (removed > 0 && _logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Retention rule: personal details removed from {Count} {Records}", removed, rule.Records);
            }
        }
    }
}
