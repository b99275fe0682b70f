using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Notifications;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>Issue 21 gap 4: notifications in the app and by email (caught by the real SMTP server), as each person chooses.</summary>
public sealed class NotificationTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private Task<int> MailAsync() => factory.WithServicesAsync(async sp =>
    {
        sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
        return await sp.GetRequiredService<NotificationMailer>().SendAsync();
    });

    private Task<int> SweepAsync() => factory.WithServicesAsync(async sp =>
    {
        sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
        return await sp.GetRequiredService<NotificationSweep>().RunAsync();
    });

    private async Task<IReadOnlyList<MimeKit.MimeMessage>> MailTo(string address) =>
        [.. (await factory.Smtp.MessagesAsync(0)).Where(m => m.To.Mailboxes.Any(b => b.Address == address))];

    private Task<string> NameOf(TestUser user) =>
        factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync());

    private async Task<VictimReferral> ReferralAsync(Guid? assignedTo = null, DateOnly? dueOn = null)
    {
        var reference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999);
        var referral = new VictimReferral
        {
            RegionCode = "EM",
            ForceCode = "LEICESTERSHIRE",
            CrimeReference = reference,
            ReportedOn = new DateOnly(2026, 10, 30),
            VictimType = VictimType.Individual,
            FullName = "Vic Notified",
            OffenceCategory = OffenceCategory.RomanceFraud,
            Team = Team.FraudProtect,
            Status = assignedTo is null ? ReferralStatus.New : ReferralStatus.Assigned,
            AssignedToId = assignedTo,
            AssignedToName = assignedTo is null ? null : "Officer",
            ReceivedAt = factory.Time.GetUtcNow(),
            FirstContactDueOn = dueOn ?? new DateOnly(2026, 11, 9),
            RowHash = reference,
            UpdatedAt = factory.Time.GetUtcNow(),
        };
        await factory.WithDbAsync(db =>
        {
            db.Add(referral);
            return db.SaveChangesAsync();
        });
        return referral;
    }

    [Fact]
    public async Task AReferralAssigned_IsInTheOfficersListAndEmailed_OpensTheReferral_AndIsNobodyElses()
    {
        var supervisor = await _users.WithRoles(Role.Supervisor).WithTeams(Team.FraudProtect).BuildAsync();
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var referral = await ReferralAsync();
        var boss = await Session.SignedInAsync(factory, supervisor);
        Assert.Equal(HttpStatusCode.Redirect, (await boss.PostFormAsync($"/referrals/{referral.Id}", [F("OfficerId", officer.Id.ToString())], handler: "Assign")).StatusCode);

        var session = await Session.SignedInAsync(factory, officer);
        var (_, home) = await session.GetAsync("/");
        Assert.Equal("Notifications (1 new)", home.TestId("nav-notifications")!.TextContent.Trim());
        // The header's count (read with the session check) counts what the list shows: not one held in another region.
        await factory.WithDbAsync(db =>
        {
            db.Add(new Notification { RegionCode = "NW", UserId = officer.Id, Title = "Elsewhere", Link = "/", CreatedAt = factory.Time.GetUtcNow(), Mail = NotificationMail.Sent, MailedAt = factory.Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        Assert.Equal("Notifications (1 new)", (await session.GetAsync("/")).Item2.TestId("nav-notifications")!.TextContent.Trim());
        var (_, list) = await session.GetAsync("/notifications");
        var item = Assert.Single(list.QuerySelectorAll("[data-testid='notification']"));
        Assert.Contains($"Victim referral {referral.CrimeReference} (Romance fraud) assigned to you by {await NameOf(supervisor)}", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vic Notified", item.TextContent, StringComparison.Ordinal); // titles are emailed: no victim's name

        Assert.Equal(1, await MailAsync());
        var email = Assert.Single(await MailTo(officer.Email));
        Assert.Contains(referral.CrimeReference, email.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://protecthub.test/referrals/{referral.Id}", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await MailAsync()); // never twice

        // Another person cannot open it; its owner is taken to the referral and it is read.
        var link = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await boss.Client.GetAsync(link)).StatusCode);
        var opened = await session.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/referrals/{referral.Id}", opened.Headers.Location!.OriginalString);
        var (_, after) = await session.GetAsync("/");
        Assert.Equal("Notifications", after.TestId("nav-notifications")!.TextContent.Trim());

        // A supervisor who takes a referral themselves is not told of it.
        var own = await ReferralAsync();
        await boss.PostFormAsync($"/referrals/{own.Id}", [F("OfficerId", supervisor.Id.ToString())], handler: "Assign");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters().CountAsync(n => n.UserId == supervisor.Id)));
    }

    [Fact]
    public async Task EachPersonChoosesWhatIsEmailed_AndADailyDigestGoesOnceADayWithEverythingSinceTheLast()
    {
        var quiet = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var quietSession = await Session.SignedInAsync(factory, quiet);
        var (_, form) = await quietSession.GetAsync("/notifications/settings");
        Assert.Equal(Enum.GetValues<NotificationKind>().Length, form.QuerySelectorAll("input[name='Emailed'][checked]").Length); // everything by email until chosen otherwise
        Assert.Equal(HttpStatusCode.Redirect, (await quietSession.PostFormAsync("/notifications/settings",
            [F("Emailed", nameof(NotificationKind.ReturnSentBack)), F("Digest", "no")])).StatusCode);
        await ReferralAsync(quiet.Id);
        await MailAsync();
        Assert.Empty(await MailTo(quiet.Email));
        var (_, quietList) = await quietSession.GetAsync("/notifications");
        Assert.Single(quietList.QuerySelectorAll("[data-testid='notification']")); // still in the list

        var digester = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var digestSession = await Session.SignedInAsync(factory, digester);
        var (_, digestForm) = await digestSession.GetAsync("/notifications/settings");
        await digestSession.PostFormAsync("/notifications/settings",
            [.. Enum.GetNames<NotificationKind>().Select(k => F("Emailed", k)), F("Digest", "yes")]);
        var first = await ReferralAsync(digester.Id);
        var second = await ReferralAsync(digester.Id);
        await MailAsync(); // after 07:00 UK time, and no digest yet today: one digest with both
        var digest = Assert.Single(await MailTo(digester.Email));
        Assert.StartsWith("ProtectHub: your daily digest", digest.Subject, StringComparison.Ordinal);
        Assert.Contains(first.CrimeReference, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(second.CrimeReference, digest.TextBody, StringComparison.Ordinal);

        // Nonsense in the form is refused by name, and nothing changes.
        var bad = await Html.ParseAsync(await digestSession.PostFormAsync("/notifications/settings", [F("Emailed", "Everything"), F("Digest", "sometimes")]));
        Assert.Contains("Select when emails are sent", bad.ErrorSummary());

        var third = await ReferralAsync(digester.Id);
        await MailAsync();
        Assert.Single(await MailTo(digester.Email)); // the day's digest has gone: the third waits for tomorrow's
        factory.Time.Advance(TimeSpan.FromDays(1));
        await MailAsync();
        var messages = await MailTo(digester.Email);
        Assert.Equal(2, messages.Count);
        Assert.Contains(third.CrimeReference, messages[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(first.CrimeReference, messages[1].TextBody, StringComparison.Ordinal);

    }

    [Fact]
    public async Task TheSweep_TellsOfFirstContactsDueTomorrowAndActionsDueToday_OnceEach()
    {
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var today = DateOnly.FromDateTime(ProtectHub.Core.Time.UkTime.ToLocal(factory.Time.GetUtcNow()));
        var dueTomorrow = await ReferralAsync(officer.Id, today.AddDays(1));
        var dueLater = await ReferralAsync(officer.Id, today.AddDays(5));
        var lead = await Session.SignedInAsync(factory, officer);
        var engagementUrl = await EngagementSteps.PlanAsync(lead, "Notified talk", officer.Id);
        var engagementId = Guid.Parse(engagementUrl.Split('/')[^1]);
        await factory.WithDbAsync(db =>
        {
            db.Add(new FollowUpAction { RegionCode = "EM", EngagementId = engagementId, Description = "Send the slides to the chamber", OwnerId = officer.Id, OwnerName = "Officer", DueOn = today });
            db.Add(new FollowUpAction { RegionCode = "EM", EngagementId = engagementId, Description = "Already done", OwnerId = officer.Id, OwnerName = "Officer", DueOn = today, CompletedAt = factory.Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });

        await SweepAsync();
        await SweepAsync();

        var mine = await factory.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters().Where(n => n.UserId == officer.Id).ToListAsync());
        Assert.Single(mine, n => n.Kind == NotificationKind.FirstContactDueTomorrow && n.Link == $"/referrals/{dueTomorrow.Id}");
        Assert.DoesNotContain(mine, n => n.Kind == NotificationKind.FirstContactDueTomorrow && n.Link == $"/referrals/{dueLater.Id}");
        var action = Assert.Single(mine, n => n.Kind == NotificationKind.FollowUpActionDue);
        Assert.Equal("Follow-up action due today: Send the slides to the chamber", action.Title);
        Assert.Equal(engagementUrl, action.Link);
    }

    [Fact]
    public async Task AReturnSentBack_TellsWhoeverStartedIt_WithTheReason()
    {
        var officer = await _users.BuildAsync();
        var head = await _users.WithRoles(Role.HeadOfUnit, Role.Supervisor).BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var started = await session.PostFormAsync("/performance/returns", [F("Quarter", new FinancialQuarter(2025, 2).Code), F("ForceCode", "DERBYSHIRE")]);
        var url = started.Headers.Location!.OriginalString;
        var reviewer = await Session.SignedInAsync(factory, head);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(url, [], handler: "Advance&to=Reviewed")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(url, [F("Reason", "Add the schools week to the highlights")], handler: "SendBack")).StatusCode);

        var (_, list) = await session.GetAsync("/notifications");
        var item = Assert.Single(list.QuerySelectorAll("[data-testid='notification']"));
        Assert.Contains($"sent back to draft by {await NameOf(head)}: Add the schools week to the highlights", item.TextContent, StringComparison.Ordinal);
        await MailAsync();
        Assert.Contains("Add the schools week", Assert.Single(await MailTo(officer.Email)).TextBody, StringComparison.Ordinal);
    }
}
