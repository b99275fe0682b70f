using Microsoft.Data.Sqlite;
using ProtectHub.Core.Backups;

namespace ProtectHub.Data.Sqlite;

/// <summary>SQLite's online backup API: a consistent copy while the service runs, and an integrity check before a restore.</summary>
public sealed class SqliteBackupTool : IDatabaseBackupTool
{
    public async Task BackupAsync(string connectionString, string path, Action<string> progress, CancellationToken ct)
    {
        progress("Copying the SQLite database with its online backup ...");
        await using var source = new SqliteConnection(connectionString);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await source.OpenAsync(ct);
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
    }

    public async Task RestoreAsync(string connectionString, string path, Action<string> progress, CancellationToken ct)
    {
        progress("Restoring the SQLite database from the backup ...");
        try
        {
            await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await check.OpenAsync(ct);
                await using var integrity = check.CreateCommand();
                integrity.CommandText = "PRAGMA integrity_check";
                if (await integrity.ExecuteScalarAsync(ct) as string != "ok")
                {
                    throw new BackupException($"{path} is not a sound SQLite database: nothing was restored.");
                }

                SqliteConnection.ClearAllPools();
                await using var destination = new SqliteConnection(connectionString);
                await destination.OpenAsync(ct);
                check.BackupDatabase(destination);
            }

            SqliteConnection.ClearAllPools();
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{path} is not a SQLite database that ProtectHub can restore ({e.Message}): nothing was restored.");
        }
    }
}
