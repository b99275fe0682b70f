
namespace ProtectHub.Cli.Tests;

public sealed class AdminCommandTests
{
    private readonly string _database = TestDatabase.CreateConnectionString();

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesMigrationsThenReportsUpToDate()
    {
        var first = await CliProcess.RunAsync(_database, null, "migrate");
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^Applied \d+ migration\(s\): \d+_Initial(, |\s*$)", first.Output);
        var second = await CliProcess.RunAsync(_database, null, "migrate");
        Assert.Equal("Database is up to date.", second.Output.Trim());
    }

    [Fact]
    public async Task RetentionCommands_OnAFreshDatabase_RunAndSayWhatTheyRemoved()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(_database, null, "migrate")).ExitCode);
        var run = await CliProcess.RunAsync(_database, null, "referrals", "retention");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("Personal details removed from 0 closed referrals.", run.Output.Trim());
        var prevent = await CliProcess.RunAsync(_database, null, "prevent", "retention");
        Assert.True(prevent.ExitCode == 0, prevent.Error);
        Assert.Equal("Personal details removed from 0 closed Prevent cases.", prevent.Output.Trim());
    }

    [Fact]
    public async Task UserCreate_FirstAdministrator_IsCreatedAuditedAndNotDuplicated()
    {
        string[] args = ["user", "create", "--email", "first.admin@leics.police.uk", "--name", "First Admin", "--region", "em",
            "--force", "leicestershire", "--role", "SystemAdministrator", "--vetting", "SC", "--vetting-expires", "2028-03-31"];
        var created = await CliProcess.RunAsync(_database, "a long memorable passphrase", args);
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.StartsWith("Created user first.admin@leics.police.uk", created.Output, StringComparison.Ordinal);

        var again = await CliProcess.RunAsync(_database, "a long memorable passphrase", args);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Email: A user with this email address already exists", again.Error, StringComparison.Ordinal);

        var verify = await CliProcess.RunAsync(_database, null, "audit", "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("All 1 entries verified: the chain is intact.", verify.Output.Trim());
    }

    [Fact]
    public async Task UserCreate_BadInput_ExitsNonZeroNamingEachProblem()
    {
        var badRole = await CliProcess.RunAsync(_database, "a long memorable passphrase", "user", "create", "--email", "x@y.police.uk",
            "--name", "X", "--region", "EM", "--force", "NOTTS", "--role", "Constable");
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("--role: 'Constable' is not a role", badRole.Error, StringComparison.Ordinal);

        var weak = await CliProcess.RunAsync(_database, "password1234", "user", "create", "--email", "x@y.police.uk",
            "--name", "X", "--region", "EM", "--force", "CLEVELAND", "--role", "Officer");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("Password: This password is too common", weak.Error, StringComparison.Ordinal);
        Assert.Contains("HomeForceCode: Select a home force in the user's region", weak.Error, StringComparison.Ordinal);
    }
}
