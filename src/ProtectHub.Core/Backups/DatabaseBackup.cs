using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Backups;

/// <summary>
/// Backs up and restores the whole database: PostgreSQL with pg_dump and pg_restore (custom format, restored in one
/// transaction so a failed restore leaves the database as it was), SQLite with its online backup API (consistent while
/// the service runs). A restore replaces everything, audit log included, with the backup's contents: stop the service
/// first. Records the retention rule disposed of before the backup stay disposed of, because the backup holds them
/// as they were then.
/// </summary>
public sealed class DatabaseBackup(DatabaseSettings settings)
{
    public async Task BackupAsync(string path, Action<string> progress, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            progress("Dumping the PostgreSQL database with pg_dump ...");
            await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", partial], ct);
        }
        else
        {
            progress("Copying the SQLite database with its online backup ...");
            await using var source = new SqliteConnection(settings.ConnectionString);
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
        }

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

        if (settings.Provider == DatabaseProvider.Postgres)
        {
            progress("Restoring the PostgreSQL database with pg_restore, in one transaction ...");
            NpgsqlConnection.ClearAllPools();
            try
            {
                await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", DatabaseName(), full], ct);
            }
            catch (BackupException e)
            {
                throw new BackupException($"{e.Message} The restore ran in one transaction, so nothing was restored.");
            }

            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            progress("Restoring the SQLite database from the backup ...");
            try
            {
                await RestoreSqliteAsync(full, ct);
            }
            catch (SqliteException e)
            {
                throw new BackupException($"{full} is not a SQLite database that ProtectHub can restore ({e.Message}): nothing was restored.");
            }
        }

        progress("Restore finished.");
    }

    private async Task RestoreSqliteAsync(string full, CancellationToken ct)
    {
        await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await check.OpenAsync(ct);
            await using var integrity = check.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (await integrity.ExecuteScalarAsync(ct) as string != "ok")
            {
                throw new BackupException($"{full} is not a sound SQLite database: nothing was restored.");
            }

            SqliteConnection.ClearAllPools();
            await using var destination = new SqliteConnection(settings.ConnectionString);
            await destination.OpenAsync(ct);
            check.BackupDatabase(destination);
        }

        SqliteConnection.ClearAllPools();
    }

    private string DatabaseName() => new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database
        ?? throw new BackupException("The PostgreSQL connection string names no database.");

    /// <summary>Runs pg_dump or pg_restore with the connection's details in the environment (never on the command line).</summary>
    private async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo(PostgresTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username ?? "";
        start.Environment["PGDATABASE"] = connection.Database ?? "";
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>From PATH, or the newest of Debian's /usr/lib/postgresql/*/bin.</summary>
    private static string PostgresTool(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return debian ?? throw new BackupException($"{tool} was not found on PATH or in /usr/lib/postgresql/*/bin: install the PostgreSQL client (Debian: postgresql-client).");
    }
}
