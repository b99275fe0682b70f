using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Imports;

/// <summary>Which upload: the user's own, of this kind, for this record (the region filter already hides other regions').</summary>
public sealed record ImportUploadKey(Guid UserId, Guid UploadId, string Kind, Guid? TargetId);

/// <summary>
/// An import's file from upload to queue: kept when read (step 1), mapped to fields and queued (step 2), then watched;
/// the columns chosen are remembered for the next file with the same header row.
/// </summary>
public sealed class ImportUploads(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>Whether a record of this type with this id is in the user's region (the record an import adds rows to).</summary>
    public Task<bool> TargetExistsAsync<TRecord>(Guid id) where TRecord : class =>
        db.Set<TRecord>().AnyAsync(r => EF.Property<Guid>(r, "Id") == id);

    /// <summary>Keeps a file that has been read and found to have rows, in the acting user's region.</summary>
    public async Task<ImportUpload> KeepAsync(Guid userId, string kind, Guid? targetId, string fileName, byte[] content, int rows)
    {
        var upload = new ImportUpload
        {
            RegionCode = db.Scope.RegionCode,
            UserId = userId,
            Kind = kind,
            TargetId = targetId,
            FileName = fileName,
            Content = content,
            UploadedAt = time.GetUtcNow(),
            Status = ImportStatus.Uploaded,
            RowsTotal = rows,
        };
        db.Add(upload);
        await db.SaveChangesAsync();
        return upload;
    }

    /// <summary>The upload, tracked for a change; null when it is not the user's own, or not of this kind and record.</summary>
    public Task<ImportUpload?> FindAsync(ImportUploadKey key) => Own(key).FirstOrDefaultAsync();

    public async Task<(ImportStatus Status, int RowsDone, int RowsTotal, string? Stage)?> ProgressAsync(ImportUploadKey key)
    {
        var upload = await Own(key).Select(u => new { u.Status, u.RowsDone, u.RowsTotal, u.Stage }).FirstOrDefaultAsync();
        return upload is null ? null : (upload.Status, upload.RowsDone, upload.RowsTotal, upload.Stage);
    }

    /// <summary>The file's name and the CSV of its rows with problems, if the import wrote one.</summary>
    public async Task<(string FileName, byte[] Csv)?> InvalidRowsAsync(ImportUploadKey key)
    {
        var upload = await Own(key).Select(u => new { u.FileName, u.InvalidRowsCsv }).FirstOrDefaultAsync();
        return upload?.InvalidRowsCsv is { Length: > 0 } csv ? (upload.FileName, csv) : null;
    }

    /// <summary>The columns chosen last time for a file of this kind with this header row, if any.</summary>
    public async Task<Dictionary<string, int>?> RememberedMappingAsync(string kind, IReadOnlyList<string> headers)
    {
        var key = ImportMappingPreset.KeyOf(headers);
        var json = await db.Set<ImportMappingPreset>().AsNoTracking().Where(p => p.Kind == kind && p.HeaderKey == key)
            .OrderByDescending(p => p.SavedAt).Select(p => p.MappingJson).FirstOrDefaultAsync();
        return json is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(json);
    }

    /// <summary>Queues the upload with its columns chosen, and remembers them for the next file with the same header row.</summary>
    public async Task QueueAsync(ImportUpload upload, IReadOnlyDictionary<string, int> mapping, IReadOnlyList<string> headers)
    {
        upload.MappingJson = JsonSerializer.Serialize(mapping);
        upload.Status = ImportStatus.Queued;
        var key = ImportMappingPreset.KeyOf(headers);
        var preset = await db.Set<ImportMappingPreset>().FirstOrDefaultAsync(p => p.Kind == upload.Kind && p.HeaderKey == key);
        if (preset is null)
        {
            db.Add(preset = new ImportMappingPreset { RegionCode = db.Scope.RegionCode, Kind = upload.Kind, HeaderKey = key });
        }

        preset.MappingJson = upload.MappingJson;
        preset.SavedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
    }

    private IQueryable<ImportUpload> Own(ImportUploadKey key) =>
        db.Set<ImportUpload>().Where(u => u.Id == key.UploadId && u.UserId == key.UserId && u.Kind == key.Kind && u.TargetId == key.TargetId);
}
