using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Imports;

/// <summary>
/// Runs imports one at a time in the background, so a large file never holds a web request open and the officer can
/// leave the page. With several instances of the service on one database, each import runs on one of them: an
/// instance claims it with a lease on the upload (renewed every <see cref="Renew"/> while it runs) and, if that
/// instance dies, another claims it once the lease runs out (<see cref="LeaseFor"/>) and runs it again from the start:
/// rows saved before are then "already held", so every row is imported exactly once. Uploads queued on this instance
/// start at once; others are found by polling.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ServiceInstance instance, TimeProvider time,
    IConfiguration configuration, ILogger<ImportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(45);
    public static readonly TimeSpan Renew = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Imports:PollSeconds", 5.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimNextAsync(stoppingToken) is { } uploadId)
                {
                    await RunLeasedAsync(uploadId, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Imports could not be looked for; trying again shortly");
            }

            await queue.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Claims the oldest import that is queued, or running with a lease that ran out (its instance died).</summary>
    private async Task<Guid?> ClaimNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var now = time.GetUtcNow();
        var candidates = await Claimable(db.Set<ImportUpload>().IgnoreQueryFilters(), now)
            .OrderBy(u => u.UploadedAt).Select(u => u.Id).Take(10).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var claimed = await Claimable(db.Set<ImportUpload>().IgnoreQueryFilters().Where(u => u.Id == id), now)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LeaseHolder, instance.Name).SetProperty(u => u.LeaseExpiresAt, now + LeaseFor), ct);
            if (claimed == 1)
            {
                return id;
            }
        }

        return null;
    }

    private IQueryable<ImportUpload> Claimable(IQueryable<ImportUpload> uploads, DateTimeOffset now)
    {
        var me = instance.Name;
        return uploads.Where(u => (u.Status == ImportStatus.Queued || u.Status == ImportStatus.Running)
            && (u.LeaseExpiresAt == null || u.LeaseExpiresAt < now || u.LeaseHolder == me));
    }

    private async Task RunLeasedAsync(Guid uploadId, CancellationToken stoppingToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewAsync(uploadId, done.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(uploadId, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {UploadId} could not run", uploadId);
        }
        finally
        {
            await done.CancelAsync();
            await renewing;
        }

        if (!stoppingToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().Set<ImportUpload>().IgnoreQueryFilters()
                .Where(u => u.Id == uploadId && u.LeaseHolder == instance.Name)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LeaseHolder, (string?)null).SetProperty(u => u.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
        }
    }

    private async Task RenewAsync(Guid uploadId, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Renew, ct);
                await using var scope = scopes.CreateAsyncScope();
                var until = time.GetUtcNow() + LeaseFor;
                await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().Set<ImportUpload>().IgnoreQueryFilters()
                    .Where(u => u.Id == uploadId && u.LeaseHolder == instance.Name)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.LeaseExpiresAt, until), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The import ended (or the service is stopping): the lease is released or simply runs out.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The lease on import {UploadId} could not be renewed", uploadId);
        }
    }
}
