using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests.Security;

/// <summary>One instance of the service among several on one database, looking for imports often.</summary>
public sealed class InstanceFactory : ProtectHubFactory
{
    public InstanceFactory()
        : base(TestDatabase.CreateConnectionString())
    {
    }

    /// <summary>Another instance on the same database, with the same audit chain key, as a deployment would run it.</summary>
    public InstanceFactory(InstanceFactory first)
        : base(first.ConnectionString) => ChainKey = first.ChainKey;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Imports:PollSeconds", "0.2");
    }
}

/// <summary>Several servers on one database: background work is leased, and taken over when its instance dies.</summary>
public sealed class MultiInstanceTests
{
    private const string Header = "Crime Reference,Date Reported,Date of Offence,Victim Name,Organisation,DOB,Email,Phone,Postcode,Force,Offence Category,Amount Lost,Summary,Vulnerability";

    [Fact]
    public async Task ImportStartedOnOneInstance_ThatInstanceStops_AnotherFinishesIt_EveryRowExactlyOnce()
    {
        const int rows = 12_000;
        var tag = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture); // Crime references are letters then digits.
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            // Different people (no shared surname), so the repeat-victim search has no pairs to weigh.
            csv.Append(CultureInfo.InvariantCulture, $"MI{tag}{i:D7},28/10/2026,,Pat {Letters(i)}{tag},,,,,,Leicestershire Police,Romance fraud,,,\n");
        }

        var first = new InstanceFactory();
        var second = new InstanceFactory(first);
        try
        {
            var session = await Session.SignedInAsync(first, await new TestUserBuilder(first).BuildAsync());
            var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv.ToString()), "national-list.csv");
            var importUrl = upload.Headers.Location!.OriginalString;
            var (_, mapping) = await session.GetAsync(importUrl);
            await session.PostFormAsync(importUrl, mapping.QuerySelectorAll("select").Select(s => new KeyValuePair<string, string>(s.GetAttribute("name")!,
                s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "")));
            var uploadId = Guid.Parse(importUrl.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);

            // The first instance goes away as soon as its first chunk of rows is saved.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await CountAsync(first, tag) == 0)
            {
                var progress = await first.WithDbAsync(db => db.Set<ImportUpload>().IgnoreQueryFilters().AsNoTracking().SingleAsync(u => u.Id == uploadId));
                Assert.True(DateTime.UtcNow < deadline && progress.Status is ImportStatus.Queued or ImportStatus.Running,
                    $"The first instance saved nothing: the import is {progress.Status} ({progress.Stage}, {progress.RowsDone} rows, {progress.FailureMessage}, lease {progress.LeaseHolder}, imported {progress.Imported}, held {progress.AlreadyHeld}, invalid {progress.InvalidRows}: {progress.ErrorsJson?[..Math.Min(300, progress.ErrorsJson.Length)]})");
                await Task.Delay(20);
            }

            // Hold the referrals table so the first instance cannot save its next chunk, then stop it: it ends part-way
            // through the file, as a killed instance would, instead of racing to the end while it shuts down.
            var hold = await HoldReferralWritesAsync(first.ConnectionString);
            var stopping = Task.Run(first.Dispose);
            await Task.Delay(500);
            await using (hold)
            {
                await using var release = hold.CreateCommand();
                release.CommandText = "ROLLBACK"; // Explicitly: a pooled connection would keep its transaction open.
                await release.ExecuteNonQueryAsync();
            }

            await stopping;
            var savedByFirst = await CountAsync(second, tag);
            var stopped = await second.WithDbAsync(db => db.Set<ImportUpload>().IgnoreQueryFilters().AsNoTracking().SingleAsync(u => u.Id == uploadId));
            Assert.Equal(ImportStatus.Running, stopped.Status);
            Assert.InRange(savedByFirst, 1, rows - 1);

            // Its lease runs out; the second instance takes the import over and runs it again from the start.
            second.Time.Advance(ImportWorker.LeaseFor + TimeSpan.FromMinutes(1));
            var finished = await WaitForAsync(second, uploadId, u => u.Status is ImportStatus.Finished or ImportStatus.Failed, TimeSpan.FromMinutes(3));

            Assert.Equal(ImportStatus.Finished, finished.Status);
            Assert.Equal(rows, await CountAsync(second, tag));
            var distinct = await second.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters()
                .Where(r => r.CrimeReference.StartsWith("MI" + tag)).Select(r => r.CrimeReference).Distinct().CountAsync());
            Assert.Equal(rows, distinct);
            // The chunks the first instance saved are in the import's ledger: counted, not written again.
            Assert.Equal((rows, 0), (finished.Imported, finished.AlreadyHeld));
            Assert.Null(finished.LeaseHolder);
        }
        finally
        {
            first.Dispose();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task JobLease_HeldByOneInstance_IsRefusedToAnother_UntilItRunsOut()
    {
        await using var first = new InstanceFactory();
        await using var second = new InstanceFactory(first);
        var job = "test-job-" + Guid.NewGuid().ToString("N")[..8];
        Task<bool> AcquireAsync(ProtectHubFactory instance) =>
            instance.WithServicesAsync(sp => sp.GetRequiredService<JobLeases>().TryAcquireAsync(job, TimeSpan.FromMinutes(1)));

        Assert.True(await AcquireAsync(first));
        Assert.False(await AcquireAsync(second));
        Assert.True(await AcquireAsync(first)); // Renewed by its holder.

        second.Time.Advance(TimeSpan.FromMinutes(2)); // The holder stopped renewing: the lease ran out.
        Assert.True(await AcquireAsync(second));
        Assert.False(await AcquireAsync(first));
    }

    [Fact]
    public async Task ReferralSavedOnOneInstance_ChangesTheCounterEveryInstanceKeysItsWorkloadBy()
    {
        await using var first = new InstanceFactory();
        await using var second = new InstanceFactory(first);
        var before = await second.WithDbAsync(db => ChangeCounting.CurrentAsync(db, ChangeCounter.Referrals));
        var session = await Session.SignedInAsync(first, await new TestUserBuilder(first).BuildAsync());
        var reference = "MC" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        await ImportSteps.ImportWithSuggestedColumnsAsync(session, (await ImportSteps.UploadAsync(session, "referrals",
            Encoding.UTF8.GetBytes($"{Header}\n{reference},28/10/2026,,Jo Counter,,,,,,Leicestershire Police,Romance fraud,,,\n"), "r.csv")).Headers.Location!.OriginalString);
        var referral = await first.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == reference));
        var afterImport = await second.WithDbAsync(db => ChangeCounting.CurrentAsync(db, ChangeCounter.Referrals));
        Assert.True(afterImport > before, $"{afterImport} after the import, {before} before");

        await first.WithDbAsync(async db =>
        {
            var tracked = await db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.Id == referral.Id);
            tracked.Priority += 1;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(afterImport + 1, await second.WithDbAsync(db => ChangeCounting.CurrentAsync(db, ChangeCounter.Referrals)));
    }

    [Fact]
    public async Task RequestRecordedOnOneInstance_ShowsAtOnceInTheTotalsAndBoardAnotherInstanceShares()
    {
        await using var first = new InstanceFactory();
        await using var second = new InstanceFactory(first);
        var user = await new TestUserBuilder(first).WithRoles(Role.Supervisor, Role.Officer).WithTeams(Team.CyberProtect).BuildAsync();
        var onFirst = await Session.SignedInAsync(first, user);
        // Another supervisor (a second sign-in of the same user would replay its one-time code).
        var onSecond = await Session.SignedInAsync(second, await new TestUserBuilder(first).WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect).BuildAsync());
        async Task<(int Total, int AwaitingTriage)> SeenBySecondAsync()
        {
            var (_, list) = await onSecond.GetAsync("/requests");
            var (_, board) = await onSecond.GetAsync("/requests/board");
            return (int.Parse(list.TestId("count")!.TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture),
                int.Parse(board.TestId("awaiting-count")!.TextContent.Trim(), CultureInfo.InvariantCulture));
        }

        var before = await SeenBySecondAsync();
        Assert.Equal(before, await SeenBySecondAsync()); // Now shared: the same figures again.
        var id = await RequestTests.RecordAsync(onFirst, RequestTests.Complete("Talk to the chamber of commerce"));
        Assert.Equal((before.Total + 1, before.AwaitingTriage + 1), await SeenBySecondAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await onFirst.PostFormAsync($"/requests/{id}/triage", [new("OfficerId", user.Id.ToString())], handler: "Accept")).StatusCode);
        Assert.Equal((before.Total + 1, before.AwaitingTriage), await SeenBySecondAsync());
    }

    /// <summary>A transaction that blocks writes to the referrals table (readers go on) until it is disposed.</summary>
    private static async Task<System.Data.Common.DbConnection> HoldReferralWritesAsync(string connectionString)
    {
        System.Data.Common.DbConnection connection = TestDatabase.IsPostgres
            ? new Npgsql.NpgsqlConnection(connectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = TestDatabase.IsPostgres ? "BEGIN; LOCK TABLE victim_referrals IN SHARE MODE;" : "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var n = number + 26 * 27; n > 0; n /= 26)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
        }

        return char.ToUpperInvariant(letters[0]) + letters.ToString(1, letters.Length - 1);
    }

    private static Task<int> CountAsync(ProtectHubFactory factory, string tag) =>
        factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().CountAsync(r => r.CrimeReference.StartsWith("MI" + tag)));

    private static async Task<ImportUpload> WaitForAsync(ProtectHubFactory factory, Guid uploadId, Func<ImportUpload, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            var upload = await factory.WithDbAsync(db => db.Set<ImportUpload>().IgnoreQueryFilters().AsNoTracking().SingleAsync(u => u.Id == uploadId));
            if (done(upload))
            {
                return upload;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Import {uploadId} is still {upload.Status} with {upload.RowsDone} rows done");
            await Task.Delay(50);
        }
    }
}
