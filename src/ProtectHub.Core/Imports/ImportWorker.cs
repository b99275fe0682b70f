using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Imports;

/// <summary>
/// Runs imports one at a time in the background, so a large file never holds a web request open and the officer can
/// leave the page. On start it picks up imports that were queued or running when the service last stopped.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
            var unfinished = await db.Set<ImportUpload>().IgnoreQueryFilters()
                .Where(u => u.Status == ImportStatus.Queued || u.Status == ImportStatus.Running)
                .OrderBy(u => u.UploadedAt).Select(u => u.Id).ToListAsync(stoppingToken);
            unfinished.ForEach(queue.Enqueue);
        }

        await foreach (var uploadId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(uploadId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Import {UploadId} could not run", uploadId);
            }
        }
    }
}
