using System.Diagnostics;
using ProtectHub.Core.Partners;

namespace ProtectHub.Cli.Tests;

/// <summary>Runs only where the tests run on PostgreSQL: the benchmarks measure PostgreSQL.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "The benchmarks run on PostgreSQL; this test runs in the PostgreSQL pass of the suite.";
        }
    }
}

/// <summary>
/// The partners benchmark's guard: on a database holding only a demo-sized region it refuses to measure, saying what it
/// found, instead of reporting figures for 30 organisations as if they were 100,000.
/// </summary>
public sealed class BenchmarkGuardTests : IDisposable
{
    private readonly ProtectHubFactory _factory = new DemoSizedFactory();

    [PostgresFact]
    public async Task PartnersBenchmarkCheck_OnADemoSizedDatabase_RefusesWithWhatItFound_AndPassesOnTheDeclaredSize()
    {
        await _factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Add(new Organisation { RegionCode = "EM", Name = $"Demo organisation {i}", NormalisedName = $"demo organisation {i}", ForceCode = "NOTTS" });
            }

            return await db.SaveChangesAsync();
        });

        var refused = await CheckAsync("--organisations", "100000", "--contacts", "300000", "--engagements", "500000");
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("organisations: 30 in EM, declared 100,000: NOT the declared data set", refused.Output, StringComparison.Ordinal);
        Assert.Contains("refusing to measure", refused.Output, StringComparison.Ordinal);

        var accepted = await CheckAsync("--organisations", "30", "--contacts", "0", "--engagements", "0");
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("data set checked: every table within 1 % of its declared size", accepted.Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> CheckAsync(params string[] sizes)
    {
        var dll = Path.Combine(RepositoryFiles.Root, "bench", "ProtectHub.Partners.Benchmarks", "bin", "Release", "net10.0", "ProtectHub.Partners.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, "check", "--connection", _factory.ConnectionString, "--region", "EM", .. sizes])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class DemoSizedFactory() : ProtectHubFactory(TestDatabase.CreateConnectionString());
}
