using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Configuration;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Files;

/// <summary>
/// Where uploaded files live: the database (chunked, so several web instances on one PostgreSQL share them) or a local
/// folder (the embedded default with SQLite). Both keep a file under an id the caller chooses; what a file is and who
/// may read it is the area's record (a material's version), not the store's.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the content (read from its current position to the end) under the id.</summary>
    /// <remarks>The database store adds its chunks to the caller's unit of work, saved with the record that names the file.</remarks>
    Task SaveAsync(Guid fileId, Stream content, CancellationToken ct = default);

    /// <summary>Writes the file to <paramref name="destination"/>; false when there is no such file.</summary>
    Task<bool> CopyToAsync(Guid fileId, Stream destination, CancellationToken ct = default);

    /// <summary>Forgets the file (after the record naming it failed to save); the database store needs nothing.</summary>
    Task ForgetAsync(Guid fileId);
}

public enum FileStoreKind
{
    Database,
    Folder,
}

/// <summary><c>Files:Store</c> (Database or Folder) and <c>Files:Folder</c>; unset, SQLite keeps files in data/files and PostgreSQL in the database.</summary>
public static class FileStoreSettings
{
    public static FileStoreKind Kind(IConfiguration configuration)
    {
        var configured = configuration["Files:Store"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Enum.TryParse<FileStoreKind>(configured, ignoreCase: true, out var kind)
                ? kind : throw new InvalidOperationException($"Files:Store is '{configured}'; it must be Database or Folder.");
        }

        return DataServiceCollectionExtensions.ReadProvider(configuration) == DatabaseProvider.Postgres ? FileStoreKind.Database : FileStoreKind.Folder;
    }

    public static string Folder(IConfiguration configuration) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configuration["Files:Folder"]) ? Path.Combine("data", "files") : configuration["Files:Folder"]!);
}

/// <summary>One piece of a file kept in the database.</summary>
public sealed class StoredFileChunk
{
    public const int Size = 1024 * 1024;

    public Guid FileId { get; set; }
    public int Index { get; set; }
    public byte[] Data { get; set; } = [];
}

internal sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> builder)
    {
        builder.ToTable("stored_file_chunks");
        builder.HasKey(c => new { c.FileId, c.Index });
    }
}

/// <summary>Files in the database in 1 MB chunks, written with the caller's save and read one chunk at a time.</summary>
public sealed class DatabaseFileStore(ProtectHubDbContext db) : IFileStore
{
    public async Task SaveAsync(Guid fileId, Stream content, CancellationToken ct = default)
    {
        for (var index = 0; ; index++)
        {
            var buffer = new byte[StoredFileChunk.Size];
            var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
            if (read == 0 && index > 0)
            {
                return;
            }

            db.Add(new StoredFileChunk { FileId = fileId, Index = index, Data = read == buffer.Length ? buffer : buffer[..read] });
            if (read < buffer.Length)
            {
                return;
            }
        }
    }

    public async Task<bool> CopyToAsync(Guid fileId, Stream destination, CancellationToken ct = default)
    {
        var count = await db.Set<StoredFileChunk>().CountAsync(c => c.FileId == fileId, ct);
        for (var index = 0; index < count; index++)
        {
            var data = await db.Set<StoredFileChunk>().AsNoTracking().Where(c => c.FileId == fileId && c.Index == index).Select(c => c.Data).SingleAsync(ct);
            await destination.WriteAsync(data, ct);
        }

        return count > 0;
    }

    public Task ForgetAsync(Guid fileId)
    {
        foreach (var entry in db.ChangeTracker.Entries<StoredFileChunk>().Where(e => e.Entity.FileId == fileId).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return Task.CompletedTask;
    }
}

/// <summary>Files in a local folder, one per id, written to a temporary name first so a half-written file is never read.</summary>
public sealed class FolderFileStore(string folder) : IFileStore
{
    private string PathOf(Guid fileId)
    {
        var name = fileId.ToString("N");
        return Path.Combine(folder, name[^2..], name);
    }

    public async Task SaveAsync(Guid fileId, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(fileId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".partial";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
        }

        File.Move(temporary, path, overwrite: false);
    }

    public async Task<bool> CopyToAsync(Guid fileId, Stream destination, CancellationToken ct = default)
    {
        var path = PathOf(fileId);
        if (!File.Exists(path))
        {
            return false;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        await file.CopyToAsync(destination, ct);
        return true;
    }

    public Task ForgetAsync(Guid fileId)
    {
        File.Delete(PathOf(fileId));
        return Task.CompletedTask;
    }
}

/// <summary>A file received: checked by content and size, its SHA-256 worked out, and kept in the configured store.</summary>
public sealed record StoredFile(Guid FileId, FileKind Kind, string ContentType, long Size, string Sha256);

public static class FileHashing
{
    /// <summary>The SHA-256 of the whole stream, which is left at its start.</summary>
    public static async Task<string> Sha256Async(Stream content, CancellationToken ct = default)
    {
        content.Position = 0;
        var hash = await SHA256.HashDataAsync(content, ct);
        content.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
