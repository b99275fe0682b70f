namespace ProtectHub.Core.Backups;

/// <summary>The engine's own way to copy the whole database to a file and back (one implementation per provider).</summary>
public interface IDatabaseBackupTool
{
    /// <summary>Writes a consistent copy of the database to <paramref name="path"/> while the service may be running.</summary>
    Task BackupAsync(string connectionString, string path, Action<string> progress, CancellationToken ct);

    /// <summary>Replaces the database with the backup, all or nothing; a file that is not a sound backup changes nothing.</summary>
    Task RestoreAsync(string connectionString, string path, Action<string> progress, CancellationToken ct);
}
