using System.Diagnostics;

namespace ProtectHub.Cli.Tests;

/// <summary>Runs the real protecthub command as a separate process, as an operator would.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The audit chain key the commands run with, as an installation's would be set (never the same as a real one).</summary>
    public static readonly string ChainKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static Task<Result> RunAsync(string connectionString, string? standardInput, params string[] args) =>
        RunAsync(connectionString, standardInput, new Dictionary<string, string>(), args);

    public static async Task<Result> RunAsync(string connectionString, string? standardInput, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(connectionString, environment, args);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the command and returns at once (a test that stops it the hard way needs the process).</summary>
    public static Process Start(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "protecthub.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = TestDatabase.Provider;
        start.Environment["ConnectionStrings__ProtectHub"] = connectionString;
        start.Environment["Audit__ChainKey"] = ChainKey;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
