using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Web.Tests;

public sealed class AuditTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private Task<List<AuditEntry>> EntriesAboutAsync(Guid recordId) => factory.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.RecordId == recordId.ToString()).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task ViewingAndChangingAUser_WritesViewedAndAlteredEntriesWithTheActor()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var subject = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var before = (await EntriesAboutAsync(subject.Id)).Count;

        await session.Client.GetAsync($"/admin/users/{subject.Id}");
        var viewed = (await EntriesAboutAsync(subject.Id)).Skip(before).ToList();
        var view = Assert.Single(viewed);
        Assert.Equal(AuditAction.Viewed, view.Action);
        Assert.Equal(admin.Id, view.ActorId);
        Assert.Equal("EM", view.RegionCode);
        Assert.False(string.IsNullOrEmpty(view.CorrelationId));

        var edited = await session.PostFormAsync($"/admin/users/{subject.Id}/edit", [
            new("Input.DisplayName", "Changed Name"), new("Input.RegionCode", "EM"), new("Input.HomeForceCode", "LINCOLNSHIRE"),
            new("Input.Roles", "Officer"), new("Input.Teams", "CyberProtect"),
            new("Input.VettingLevel", "SC"), new("Input.VettingExpiresOn.Day", "1"), new("Input.VettingExpiresOn.Month", "1"), new("Input.VettingExpiresOn.Year", "2028"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var alteredEntries = (await EntriesAboutAsync(subject.Id)).Where(e => e.Action == AuditAction.Altered).ToList();
        var altered = Assert.Single(alteredEntries, e => e.ActorId == admin.Id);
        Assert.Equal(admin.Id, altered.ActorId);
        Assert.Equal("Fields: DisplayName, HomeForceCode", altered.Details);
        Assert.DoesNotContain("Changed Name", altered.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIns_SuccessAndFailure_AreAudited()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", "definitely wrong"));
        await session.SignInAsync(user);
        var actions = (await EntriesAboutAsync(user.Id)).Select(e => e.Action).ToList();
        Assert.Contains(AuditAction.SignInFailed, actions);
        Assert.Contains(AuditAction.SignInSucceeded, actions);
        Assert.Contains(AuditAction.Collected, actions);
    }

    /// <summary>
    /// Tampers the way a database administrator could: switches off the append-only triggers, then runs raw SQL.
    /// Uses a factory of its own, because a tampered chain stays broken.
    /// </summary>
    private static Task<int> TamperAsync(ProtectHubFactory target, string sql)
    {
        // The SQL is the test's own constant text, never input.
        var script = TestDatabase.IsPostgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only; " + sql + "; ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete; " + sql + ";";
        return target.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(script));
    }

    [Fact]
    public async Task Chain_Intact_Verifies_AndAnAlteredEntryIsDetected()
    {
        await using var isolated = new ProtectHubFactory();
        // Times with sub-millisecond parts, as a real clock gives: both databases must store them exactly or hashes break.
        isolated.Time.Advance(TimeSpan.FromTicks(1_234_567));
        var user = await new TestUserBuilder(isolated).BuildAsync();
        await Session.SignedInAsync(isolated, user);
        var verification = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync());
        Assert.True(verification.IsIntact, verification.Message);
        Assert.True(verification.EntriesChecked >= 3);

        var target = await isolated.WithDbAsync(db => db.AuditEntries.FirstAsync(e => e.Action == AuditAction.SignInSucceeded));
        await TamperAsync(isolated, "UPDATE audit_entries SET \"Details\" = 'nothing to see' WHERE \"Sequence\" = " + target.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var altered = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync());
        Assert.False(altered.IsIntact);
        Assert.Equal(target.Sequence, altered.FirstBrokenSequence);
        Assert.Contains("altered", altered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_DeletedEntry_IsDetected()
    {
        await using var isolated = new ProtectHubFactory();
        var user = await new TestUserBuilder(isolated).BuildAsync();
        await Session.SignedInAsync(isolated, user);
        var second = await isolated.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Skip(1).FirstAsync());
        await TamperAsync(isolated, "DELETE FROM audit_entries WHERE \"Sequence\" = " + second.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync());
        Assert.False(result.IsIntact);
        Assert.Equal(second.Sequence, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Database_RefusesUpdatesAndDeletesOfAuditEntries()
    {
        var user = await _users.BuildAsync();
        var id = user.Id.ToString();
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"Details\" = 'changed' WHERE \"RecordId\" = {id}")));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"RecordId\" = {id}")));
        var stillThere = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordId == id && e.Details != "changed"));
        Assert.True(stillThere > 0);
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedThroughTheApplication()
    {
        var user = await _users.BuildAsync();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.RecordId == user.Id.ToString());
            db.AuditEntries.Remove(entry);
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLogPage_SearchesByUserAndRecord_AndShowsOnlyTheRegion()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var subject = await _users.BuildAsync();
        var other = await _users.InRegion("NW").BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        await session.Client.GetAsync($"/admin/users/{subject.Id}");

        var (_, byRecord) = await session.GetAsync($"/admin/audit?RecordId={subject.Id}");
        var actions = byRecord.QuerySelectorAll("[data-testid='audit-action']").Select(a => a.TextContent).ToList();
        Assert.Contains("Viewed", actions);
        Assert.Contains("Collected", actions);

        var (_, byUser) = await session.GetAsync($"/admin/audit?UserEmail={Uri.EscapeDataString(admin.Email)}&Action=Viewed");
        Assert.All(byUser.QuerySelectorAll("[data-testid='audit-action']"), a => Assert.Equal("Viewed", a.TextContent));
        Assert.NotEmpty(byUser.QuerySelectorAll("[data-testid='audit-row']"));

        var (_, byDate) = await session.GetAsync($"/admin/audit?RecordId={subject.Id}&From=2026-11-01&To=2026-11-30");
        Assert.NotEmpty(byDate.QuerySelectorAll("[data-testid='audit-row']"));
        var (_, beforeThen) = await session.GetAsync($"/admin/audit?RecordId={subject.Id}&To=2026-10-31");
        Assert.Equal("0 entries", beforeThen.TestId("entry-count")!.TextContent.Trim());

        // Bug 11: dates in the GOV.UK date input (an older ISO link still reads), actions and pages in words.
        var (_, byDateInput) = await session.GetAsync($"/admin/audit?RecordId={subject.Id}&From.Day=1&From.Month=11&From.Year=2026&To.Day=30&To.Month=11&To.Year=2026");
        Assert.Equal(byDate.TestId("entry-count")!.TextContent, byDateInput.TestId("entry-count")!.TextContent);
        Assert.Equal("2026", byDateInput.QuerySelector("input[name='From.Year']")!.GetAttribute("value"));
        var (_, badDate) = await session.GetAsync($"/admin/audit?RecordId={subject.Id}&From.Day=31&From.Month=2&From.Year=2026");
        Assert.Contains("The from date must be a real date", badDate.ErrorSummary());
        Assert.Equal("Signed in", byUser.QuerySelector("select[name='Action'] option[value='SignInSucceeded']")!.TextContent);
        var details = byRecord.QuerySelectorAll("[data-testid='audit-details']").Select(d => d.TextContent).ToList();
        Assert.DoesNotContain(details, d => d.Contains("Page: /", StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains("Page: Admin, users", StringComparison.Ordinal));
        Assert.Equal("Referrals, a record", ProtectHub.Core.Audit.AuditNames.PageName("/Referrals/Details"));
        Assert.Equal("Partners, contacts, the list", ProtectHub.Core.Audit.AuditNames.PageName("/Partners/Contacts/Index"));

        var (_, otherRegion) = await session.GetAsync($"/admin/audit?RecordId={other.Id}");
        Assert.Equal("0 entries", otherRegion.TestId("entry-count")!.TextContent.Trim());

        var verified = await Html.ParseAsync(await session.PostFormAsync("/admin/audit", [], handler: "Verify"));
        Assert.Contains("chain is intact", verified.TestId("verification")!.TextContent, StringComparison.Ordinal);
    }
}
