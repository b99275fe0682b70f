using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Imports;

/// <summary>
/// Runs one queued import in a scope of its own, acting as its uploader: progress is written after every chunk so the
/// officer can watch it (or leave and come back), and the outcome is kept on the upload. An import cut short (the
/// service stopped) runs again from the start when queued again; rows saved before are then "already held".
/// </summary>
public sealed class ImportRunner(ProtectHubDbContext db, ActorScopeOverride actor, IEnumerable<IRecordImport> imports, TimeProvider time,
    IOptions<TabularFileLimits> limits, ILogger<ImportRunner> logger)
{
    public async Task RunAsync(Guid uploadId, CancellationToken ct)
    {
        var upload = await db.Set<ImportUpload>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId, ct);
        if (upload is not { Status: ImportStatus.Queued or ImportStatus.Running })
        {
            return;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == upload.UserId, ct);
        if (user is null || user.IsDisabled)
        {
            await FailAsync(uploadId, "The person who uploaded this file can no longer use ProtectHub", ct);
            return;
        }

        actor.Scope = ActorScope.ForUser(user.Id, user.DisplayName, user.RegionCode, user.Roles, $"import:{upload.Id}");
        var importer = imports.FirstOrDefault(i => i.Kind == upload.Kind);
        var (file, error) = TabularFile.Read(upload.Content, upload.FileName, limits.Value, ct);
        var mapping = upload.MappingJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(upload.MappingJson);
        if (importer is null || file is null || mapping is null)
        {
            await FailAsync(uploadId, error ?? $"ProtectHub cannot import {upload.Kind}", ct);
            return;
        }

        using var activity = Telemetry.ProtectHubTelemetry.Source.StartActivity($"import {upload.Kind}");
        activity?.SetTag("protecthub.import.id", upload.Id.ToString());
        activity?.SetTag("protecthub.import.kind", upload.Kind);
        activity?.SetTag("protecthub.import.rows", file.Rows.Count);
        var started = time.GetTimestamp();
        await Uploads(uploadId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, ImportStatus.Running).SetProperty(u => u.RowsTotal, file.Rows.Count).SetProperty(u => u.RowsDone, 0), ct);
        try
        {
            var context = new ImportContext(upload.Id, file, mapping)
            {
                TargetId = upload.TargetId,
                OnStage = stage => Uploads(uploadId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Stage, stage).SetProperty(u => u.RowsDone, 0), ct),
            };
            var result = await importer.RunAsync(context, done => Uploads(uploadId).ExecuteUpdateAsync(s => s.SetProperty(u => u.RowsDone, done), ct), ct);
            var errors = JsonSerializer.Serialize(result.Errors.Take(ImportUpload.ErrorsKept));
            await Uploads(uploadId).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Status, ImportStatus.Finished)
                // A finished import needs no lease: released in the same write, so nobody sees it finished yet held.
                .SetProperty(u => u.LeaseHolder, (string?)null)
                .SetProperty(u => u.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(u => u.Stage, (string?)null)
                .SetProperty(u => u.RowsDone, file.Rows.Count)
                .SetProperty(u => u.Imported, result.Imported)
                .SetProperty(u => u.AlreadyHeld, result.AlreadyHeld)
                .SetProperty(u => u.Updated, result.Updated)
                .SetProperty(u => u.InvalidRows, result.InvalidRows)
                .SetProperty(u => u.ErrorCount, result.Errors.Count)
                .SetProperty(u => u.ErrorsJson, errors)
                .SetProperty(u => u.InvalidRowsCsv, result.InvalidRowsCsv)
                .SetProperty(u => u.ImportedAt, time.GetUtcNow())
                // The file itself is no longer needed once imported; keep only what the officer may download.
                .SetProperty(u => u.Content, Array.Empty<byte>()), CancellationToken.None);
            var kind = new KeyValuePair<string, object?>("kind", upload.Kind);
            Telemetry.ProtectHubTelemetry.ImportedRows.Add(result.Imported, kind, new("outcome", "imported"));
            Telemetry.ProtectHubTelemetry.ImportedRows.Add(result.AlreadyHeld, kind, new("outcome", "already held"));
            Telemetry.ProtectHubTelemetry.ImportedRows.Add(result.Updated, kind, new("outcome", "updated"));
            Telemetry.ProtectHubTelemetry.ImportedRows.Add(result.InvalidRows, kind, new("outcome", "invalid"));
            Telemetry.ProtectHubTelemetry.ImportDuration.Record(time.GetElapsedTime(started).TotalSeconds, kind);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Import {UploadId} of {Kind}: {Imported} imported, {AlreadyHeld} already held, {Invalid} invalid rows",
                    uploadId, upload.Kind, result.Imported, result.AlreadyHeld, result.InvalidRows);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: left as Running, and queued again when the service starts.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever went wrong, the officer is told and the upload does not sit "running" for ever.
            logger.LogError(ex, "Import {UploadId} failed", uploadId);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            db.ChangeTracker.Clear();
            await FailAsync(uploadId, "The import stopped because of a problem saving the records. Rows saved before it stopped are kept; try importing the file again", CancellationToken.None);
        }
    }

    private IQueryable<ImportUpload> Uploads(Guid id) => db.Set<ImportUpload>().IgnoreQueryFilters().Where(u => u.Id == id);

    private Task<int> FailAsync(Guid id, string message, CancellationToken ct) =>
        Uploads(id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, ImportStatus.Failed).SetProperty(u => u.FailureMessage, message).SetProperty(u => u.Content, Array.Empty<byte>())
            .SetProperty(u => u.LeaseHolder, (string?)null).SetProperty(u => u.LeaseExpiresAt, (DateTimeOffset?)null), ct);
}
