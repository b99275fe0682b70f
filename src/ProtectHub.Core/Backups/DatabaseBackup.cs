using ProtectHub.Core.Data;

namespace ProtectHub.Core.Backups;

/// <summary>
/// Backs up and restores the whole database with the engine's own tool (<see cref="IDatabaseBackupTool"/>: pg_dump and
/// pg_restore in one transaction for PostgreSQL, the online backup API for SQLite). A restore replaces everything, audit log included, with the backup's contents: stop the service
/// first. Records the retention rule disposed of before the backup stay disposed of, because the backup holds them
/// as they were then.
/// </summary>
public sealed class DatabaseBackup(DatabaseSettings settings, IDatabaseBackupTool tool)
{
    public async Task BackupAsync(string path, Action<string> progress, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        await tool.BackupAsync(settings.ConnectionString, partial, progress, ct);

        // Only a complete backup takes the name asked for: a backup cut short is never mistaken for a good one.
        File.Move(partial, full, overwrite: true);
        progress($"Backup written to {full} ({new FileInfo(full).Length:N0} bytes).");
    }

    public async Task RestoreAsync(string path, Action<string> progress, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new BackupException($"The backup {full} does not exist.");
        }

        await tool.RestoreAsync(settings.ConnectionString, full, progress, ct);
        progress("Restore finished.");
    }
}
