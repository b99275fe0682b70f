using System.Diagnostics;
using System.Globalization;
using Npgsql;
using ProtectHub.Core.Backups;

namespace ProtectHub.Data.Postgres;

/// <summary>pg_dump and pg_restore (custom format, restored in one transaction so a failed restore leaves the database as it was).</summary>
public sealed class PostgresBackupTool : IDatabaseBackupTool
{
    public Task BackupAsync(string connectionString, string path, Action<string> progress, CancellationToken ct)
    {
        progress("Dumping the PostgreSQL database with pg_dump ...");
        return RunAsync(connectionString, "pg_dump", ["--format=custom", "--no-owner", "--file", path], ct);
    }

    public async Task RestoreAsync(string connectionString, string path, Action<string> progress, CancellationToken ct)
    {
        progress("Restoring the PostgreSQL database with pg_restore, in one transaction ...");
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new BackupException("The PostgreSQL connection string names no database.");
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(connectionString, "pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", database, path], ct);
        }
        catch (BackupException e)
        {
            throw new BackupException($"{e.Message} The restore ran in one transaction, so nothing was restored.");
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Runs pg_dump or pg_restore with the connection's details in the environment (never on the command line).</summary>
    private static async Task RunAsync(string connectionString, string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PostgresTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
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
