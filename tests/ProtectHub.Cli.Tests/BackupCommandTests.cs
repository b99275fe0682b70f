using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Victims;

namespace ProtectHub.Cli.Tests;

/// <summary>
/// The restore drill: a database with users, referrals and one referral the retention rule has disposed of is backed
/// up with the command; more work happens; the backup is restored with the command. Counts and the audit chain are
/// those of the backup, and the disposed details do not come back.
/// </summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task BackupThenRestore_GivesBackTheDatabaseAsItWas_ChainIntact_DisposedDetailsStayGone()
    {
        await using var service = new DrillFactory();
        var database = service.ConnectionString;
        var disposed = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
        await service.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHub.Core.Data.ProtectHubDbContext>();
            db.Add(new VictimReferral
            {
                RegionCode = "EM",
                ForceCode = "LEICESTERSHIRE",
                CrimeReference = disposed,
                FullName = "Una Verity",
                Email = "una@example.org",
                ReportedOn = new DateOnly(2023, 1, 2),
                ReceivedAt = service.Time.GetUtcNow().AddYears(-3),
                Status = ReferralStatus.Closed,
                Closure = ReferralClosure.AdviceGiven,
                ClosedAt = service.Time.GetUtcNow().AddYears(-3),
            });
            await db.SaveChangesAsync();
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
            return await sp.GetRequiredService<ReferralRetention>().RunAsync();
        });
        await new TestUserBuilder(service).BuildAsync();
        var before = await CountsAsync(service);
        Assert.Null(await FullNameAsync(service, disposed));

        var file = Path.Combine(Path.GetTempPath(), $"ph-backup-{Guid.NewGuid():N}.bak");
        try
        {
            var backup = await CliProcess.RunAsync(database, null, "backup", "--out", file);
            Assert.True(backup.ExitCode == 0, backup.Error);
            Assert.Contains("Backup written to", backup.Output, StringComparison.Ordinal);

            // Work after the backup: it is lost by the restore, as the drill expects.
            await new TestUserBuilder(service).BuildAsync();
            Assert.NotEqual(before, await CountsAsync(service));

            var refused = await CliProcess.RunAsync(database, null, "restore", "--from", file);
            Assert.Equal(2, refused.ExitCode); // Not without --yes.
            var restore = await CliProcess.RunAsync(database, null, "restore", "--from", file, "--yes");
            Assert.True(restore.ExitCode == 0, restore.Error + restore.Output);
            Assert.Contains("the chain is intact", restore.Output, StringComparison.Ordinal);

            Assert.Equal(before, await CountsAsync(service));
            Assert.Null(await FullNameAsync(service, disposed));
            var verify = await CliProcess.RunAsync(database, null, "audit", "verify");
            Assert.True(verify.ExitCode == 0, verify.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Restore_FromAFileThatIsNotABackup_ChangesNothingAndSaysWhy()
    {
        await using var service = new DrillFactory();
        await new TestUserBuilder(service).BuildAsync();
        var before = await CountsAsync(service);
        var file = Path.Combine(Path.GetTempPath(), $"ph-not-a-backup-{Guid.NewGuid():N}.bak");
        await File.WriteAllTextAsync(file, "this is not a database");
        try
        {
            var restore = await CliProcess.RunAsync(service.ConnectionString, null, "restore", "--from", file, "--yes");
            Assert.NotEqual(0, restore.ExitCode);
            Assert.Contains("nothing was restored", restore.Error, StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync(service));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<(int Users, int Referrals, long AuditEntries)> CountsAsync(ProtectHubFactory service) => service.WithDbAsync(async db =>
        (await db.Users.IgnoreQueryFilters().CountAsync(), await db.Set<VictimReferral>().IgnoreQueryFilters().CountAsync(), await db.AuditEntries.LongCountAsync()));

    private static Task<string?> FullNameAsync(ProtectHubFactory service, string reference) => service.WithDbAsync(db =>
        db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.CrimeReference == reference).Select(r => r.FullName).SingleAsync());
}

/// <summary>The service whose database the drill backs up, keyed with the same audit chain key as the commands.</summary>
public sealed class DrillFactory : ProtectHubFactory
{
    public DrillFactory()
        : base(TestDatabase.CreateConnectionString()) => ChainKey = CliProcess.ChainKey;
}
