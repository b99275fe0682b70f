using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

/// <summary>What a new user tripped over (issue 21): postcode search and force names in imports.</summary>
public sealed class OfficerExperienceTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task Lookup_FindsTheRegionsOrganisationsAndContactsAsYouType_NeverAnotherRegions_AndAuditsContactsRead()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var contactId = Guid.Empty;
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Organisation { RegionCode = "EM", Name = $"Quillon {tag} Ltd", NormalisedName = $"quillon {tag}", ForceCode = "NOTTS", Town = "Mansfield", Postcode = "NG18 1AA" });
            db.Add(new Organisation { RegionCode = "NW", Name = $"Quillon {tag} North", NormalisedName = $"quillon {tag} north", ForceCode = "MERSEYSIDE" });
            var contact = new Contact { RegionCode = "EM", FullName = $"Quinta {tag} Vale", Email = $"quinta.{tag}@example.org", NormalisedEmail = $"quinta.{tag}@example.org", CreatedAt = factory.Time.GetUtcNow() };
            db.Add(contact);
            db.Add(new Contact { RegionCode = "EM", FullName = $"Quinta {tag} Nomail", CreatedAt = factory.Time.GetUtcNow() });
            contactId = contact.Id;
            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        async Task<System.Text.Json.JsonElement[]> Lookup(string what, string q)
        {
            var response = await session.Client.GetAsync($"/partners/lookup?handler={what}&q={Uri.EscapeDataString(q)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("application/json", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            return [.. System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
        }

        var found = Assert.Single(await Lookup("organisations", $"quillon {tag}"));
        Assert.Equal($"Quillon {tag} Ltd", found.GetProperty("label").GetString());
        Assert.Equal("Mansfield, NG18 1AA", found.GetProperty("hint").GetString());
        Assert.True(Guid.TryParse(found.GetProperty("id").GetString(), out _));
        Assert.Empty(await Lookup("organisations", "q")); // one letter matches half the region: nothing until two
        Assert.Empty(await Lookup("organisations", $"North {tag}")); // another region's organisation is never offered

        var person = Assert.Single(await Lookup("contacts", $"quinta {tag}")); // only those with an email address
        Assert.Equal($"quinta.{tag}@example.org", person.GetProperty("id").GetString());
        var id = contactId.ToString();
        var withoutEmail = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().Where(c => c.FullName == $"Quinta {tag} Nomail").Select(c => c.Id.ToString()).SingleAsync());
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == Core.Audit.AuditAction.Viewed && (e.RecordId == withoutEmail || e.Details!.Contains(withoutEmail)))),
            "a contact the picker cannot offer is not read");
        var read = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == Core.Audit.AuditAction.Viewed && (e.RecordId == id || e.Details!.Contains(id))));
        Assert.True(read >= 1, "a contact read through the picker is audited");

        // Without sign-in, nothing.
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/partners/lookup?handler=organisations&q=quillon")).StatusCode);
    }

    [Fact]
    public async Task OrganisationSearch_FindsOutwardCodesPartialAndUnspacedPostcodes()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            foreach (var (name, postcode) in new[] { ($"Harbour {tag}", "TR1 9BB"), ($"Cliff {tag}", "TR19 7AA"), ($"Moor {tag}", "TR2 4DD") })
            {
                db.Add(new Organisation { RegionCode = "EM", Name = name, NormalisedName = OrganisationDirectory.NormaliseName(name), ForceCode = "NOTTS", Postcode = postcode });
            }

            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        async Task<string[]> Found(string q)
        {
            var (_, page) = await session.GetAsync($"/partners/organisations?Q={Uri.EscapeDataString(q)}");
            return [.. page.QuerySelectorAll("[data-testid='organisations'] a").Select(a => a.TextContent.Trim()).Where(t => t.EndsWith(tag, StringComparison.Ordinal)).Order()];
        }

        Assert.Equal([$"Harbour {tag}"], await Found("TR1"));
        Assert.Equal([$"Harbour {tag}"], await Found("tr19bb"));
        Assert.Equal([$"Harbour {tag}"], await Found("tr1 9"));
        Assert.Equal([$"Cliff {tag}", $"Harbour {tag}"], await Found("TR19"));
        Assert.Equal([$"Harbour {tag}"], await Found("TR1 9BB"));
        Assert.Empty(await Found("TR5"));
    }

    [Fact]
    public async Task OrganisationImport_ReadsForceNamesAsEveryImportDoes_AndSaysWhatIsWrongInImportWording()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var csv = $"Name,Kind,Size,Force\nNorth {tag},business,small,Nottinghamshire\nSouth {tag},business,small,Northamptonshire\nEast {tag},business,small,Notts\nWest {tag},business,small,Northamptonshire Police\nFar {tag},business,small,Kent\n";
        var upload = await ImportSteps.UploadAsync(session, "organisations", Encoding.UTF8.GetBytes(csv), "forces.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);

        Assert.True(page.TestId("imported")?.TextContent == "4", string.Join(" ", page.Body!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var forces = await factory.WithDbAsync(db => db.Set<Organisation>().IgnoreQueryFilters().Where(o => o.Name.EndsWith(tag)).OrderBy(o => o.Name)
            .Select(o => o.Name + "=" + o.ForceCode).ToListAsync());
        Assert.Equal([$"East {tag}=NOTTS", $"North {tag}=NOTTS", $"South {tag}=NORTHANTS", $"West {tag}=NORTHANTS"], forces);
        Assert.Contains("'Kent' is not a force area of your region", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Select a force area", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdministration_ShowsWhenEachUserLastSignedIn_AndSaysAuthenticatorNotSetUpForThatStatus()
    {
        var admin = await _users.WithRoles(ProtectHub.Core.Access.Role.RegionalAdministrator).BuildAsync();
        var signedIn = await _users.BuildAsync();
        var never = await _users.BuildAsync();
        var pending = await _users.NotEnrolled().BuildAsync();
        var before = factory.Time.GetUtcNow();
        await Session.SignedInAsync(factory, signedIn);
        var after = factory.Time.GetUtcNow();
        var session = await Session.SignedInAsync(factory, admin);

        async Task<(string Status, string Last)> RowOf(TestUser user)
        {
            var (_, page) = await session.GetAsync($"/admin/users?q={Uri.EscapeDataString(user.Email)}");
            var row = page.QuerySelectorAll("[data-testid='user-row']").Single(r => r.TextContent.Contains(user.Email, StringComparison.Ordinal));
            return (row.QuerySelectorAll("td")[3].TextContent.Trim(), row.QuerySelector("[data-testid='last-signed-in']")!.TextContent.Trim());
        }

        // The test clock moves on during sign-in (authenticator codes): the time shown is within the sign-in.
        var (status, last) = await RowOf(signedIn);
        Assert.Equal("Active", status);
        Assert.Contains(last, new[] { ProtectHub.Core.Time.UkFormat.ToUkShortDateTime(before), ProtectHub.Core.Time.UkFormat.ToUkShortDateTime(after) });
        Assert.Equal(("Active", "Never"), await RowOf(never));
        Assert.Equal(("Authenticator not set up", "Never"), await RowOf(pending));
    }

    /// <summary>Gap 3: a delivery and an attendance record when they happened (never in the future), not when they were typed.</summary>
    [Fact]
    public async Task DeliveryAndAttendance_RecordWhenTheyHappened_NeverInTheFuture()
    {
        var officer = await _users.WithRoles(ProtectHub.Core.Access.Role.Officer).BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var today = ProtectHub.Core.Time.UkTime.UkToday(factory.Time);
        string D(DateOnly d, Func<DateOnly, int> part) => part(d).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var planned = today.AddDays(3);
        var url = await EngagementSteps.PlanAsync(session, "Moved forward " + Guid.NewGuid().ToString("N")[..6], officer.Id, D(planned, d => d.Day), D(planned, d => d.Month), D(planned, d => d.Year));
        var id = Guid.Parse(url.Split('/')[^1]);
        static KeyValuePair<string, string>[] Kv(params (string Key, string Value)[] fields) => fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToArray();
        (string, string)[] When(DateOnly day, string time) => [("On.Day", D(day, d => d.Day)), ("On.Month", D(day, d => d.Month)), ("On.Year", D(day, d => d.Year)), ("Time", time)];

        // Planned for three days' time, it took place yesterday afternoon: said so, it is delivered then.
        var future = await session.PostFormAsync(url + "/deliver", [("PeopleReached", "25"), .. When(today.AddDays(1), "10:00")]);
        Assert.StartsWith("The date and time it took place must be in the past", Assert.Single((await Html.ParseAsync(future)).ErrorSummary()), StringComparison.Ordinal);
        var noTime = await session.PostFormAsync(url + "/deliver", [("PeopleReached", "25"), .. When(today.AddDays(-1), "")]);
        Assert.Contains("Enter the time of the engagement as well as the date, on the 24-hour clock, like 14:30", (await Html.ParseAsync(noTime)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url + "/deliver", [("PeopleReached", "25"), .. When(today.AddDays(-1), "14:30")])).StatusCode);
        var engagement = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.Engagement>().SingleAsync(e => e.Id == id));
        Assert.Equal(ProtectHub.Core.Engagements.EngagementStatus.Delivered, engagement.Status);
        Assert.Equal(ProtectHub.Core.Time.UkTime.ToUtc(today.AddDays(-1).ToDateTime(new TimeOnly(14, 30))), engagement.StartsAt);

        // A walk-in, unticked, then ticked again with the time they came: before the event's day is refused.
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url + "/attendance", Kv(("FullName", "Paper Pat")), formPage: url + "/attendance", handler: "WalkIn")).StatusCode);
        var walkIn = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Registrations.EventRegistration>().SingleAsync(r => r.EngagementId == id));
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url + "/attendance", [], formPage: url + "/attendance")).StatusCode);
        var early = await session.PostFormAsync(url + "/attendance", Kv([("Attended", walkIn.Id.ToString()), .. When(today.AddDays(-2), "14:35")]), formPage: url + "/attendance");
        Assert.StartsWith("When they came must be on the day of the event", Assert.Single((await Html.ParseAsync(early)).ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url + "/attendance", Kv([("Attended", walkIn.Id.ToString()), .. When(today.AddDays(-1), "14:35")]), formPage: url + "/attendance")).StatusCode);
        var came = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Registrations.EventRegistration>().SingleAsync(r => r.Id == walkIn.Id));
        Assert.Equal((true, ProtectHub.Core.Time.UkTime.ToUtc(today.AddDays(-1).ToDateTime(new TimeOnly(14, 35)))), (came.Attended, came.CheckedInAt));
    }

    /// <summary>Bug 7: delivery and attendance of an engagement not yet started; an officer reviewing their own engagement.</summary>
    [Fact]
    public async Task FutureEngagement_CannotBeDeliveredOrAttended_AndOnlyAnotherSupervisorReviewsOne()
    {
        var officer = await _users.WithRoles(ProtectHub.Core.Access.Role.Officer).BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var tomorrow = ProtectHub.Core.Time.UkTime.UkToday(factory.Time).AddDays(1);
        var future = await EngagementSteps.PlanAsync(session, "Tomorrow's talk", officer.Id, tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            tomorrow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var early = await session.PostFormAsync(future + "/deliver", ("PeopleReached", "30"));
        Assert.StartsWith("An engagement is recorded as delivered once it has started: this one starts on", Assert.Single((await Html.ParseAsync(early)).ErrorSummary()), StringComparison.Ordinal);
        var attendance = await session.PostFormAsync(future + "/attendance", [], formPage: future + "/attendance");
        Assert.Contains("Attendance is recorded once the event has started", string.Join(" ", (await Html.ParseAsync(attendance)).ErrorSummary()), StringComparison.Ordinal);

        // A past engagement, delivered by its own officer: the officer is offered no review, and a post is refused.
        var past = await EngagementSteps.PlanAsync(session, "Last summer's talk", officer.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(past + "/deliver", ("PeopleReached", "30"))).StatusCode);
        var (_, delivered) = await session.GetAsync(past);
        Assert.Null(delivered.TestId("mark-reviewed"));
        var own = await session.PostFormAsync(past, [], formPage: past, handler: "Reviewed");
        Assert.Contains("A supervisor reviews delivered engagements", (await Html.ParseAsync(own)).ErrorSummary());

        var supervisor = await _users.WithRoles(ProtectHub.Core.Access.Role.Supervisor).BuildAsync();
        var supervising = await Session.SignedInAsync(factory, supervisor);
        var mine = await EngagementSteps.PlanAsync(supervising, "The supervisor's own talk", supervisor.Id);
        await supervising.PostFormAsync(mine + "/deliver", ("PeopleReached", "10"));
        var ownReview = await supervising.PostFormAsync(mine, [], formPage: mine, handler: "Reviewed");
        Assert.Contains("An engagement is reviewed by a supervisor other than its lead officer", (await Html.ParseAsync(ownReview)).ErrorSummary());
        var (_, theirs) = await supervising.GetAsync(past);
        Assert.NotNull(theirs.TestId("mark-reviewed"));
        var tooLong = await supervising.PostFormAsync(past, [new("ReviewComments", new string('x', 2001))], formPage: past, handler: "Reviewed");
        Assert.Contains("Comments must be 2,000 characters or fewer (these are 2,001)", (await Html.ParseAsync(tooLong)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await supervising.PostFormAsync(past, [new("ReviewComments", "  Good use of the phishing demo; book the follow-up sooner.  ")], formPage: past, handler: "Reviewed")).StatusCode);
        Assert.Equal(ProtectHub.Core.Engagements.EngagementStatus.Reviewed, await factory.WithDbAsync(db =>
            db.Set<ProtectHub.Core.Engagements.Engagement>().IgnoreQueryFilters().Where(e => e.Title == "Last summer's talk" && e.LeadOfficerId == officer.Id).Select(e => e.Status).SingleAsync()));

        // Gap 9: the review's comments, and who made it, are on the page for the officer, who is told of it.
        var (_, reviewed) = await session.GetAsync(past);
        Assert.StartsWith("By Test Supervisor", reviewed.TestId("review")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Good use of the phishing demo; book the follow-up sooner.", reviewed.TestId("review-comments")!.TextContent);
        var (_, told) = await session.GetAsync("/notifications");
        Assert.Contains("reviewed your engagement \"Last summer's talk\": \"Good use of the phishing demo", told.TestId("notifications")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Gap 3: a contact attempt is recorded when it happened, so the service level is measured from then.</summary>
    [Fact]
    public async Task ContactAttempt_BackdatedToWhenItHappened_SetsFirstContactThen_ButNeverInTheFutureOrBeforeReceipt()
    {
        var received = factory.Time.GetUtcNow().AddDays(-6);
        var reference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await factory.WithDbAsync(async db =>
        {
            var referral = new ProtectHub.Core.Victims.VictimReferral
            {
                RegionCode = "EM",
                ForceCode = "NOTTS",
                CrimeReference = reference,
                ReportedOn = ProtectHub.Core.Time.UkTime.DateOf(received),
                VictimType = ProtectHub.Core.Victims.VictimType.Individual,
                FullName = "Rita Backdate",
                OffenceCategory = ProtectHub.Core.Victims.OffenceCategory.TicketFraud,
                Team = ProtectHub.Core.Access.Team.FraudProtect,
                Status = ProtectHub.Core.Victims.ReferralStatus.New,
                ReceivedAt = received,
                UpdatedAt = received,
                FirstContactDueOn = ProtectHub.Core.Time.WorkingDays.Add(ProtectHub.Core.Time.UkTime.DateOf(received), 5),
                RowHash = "test",
            };
            db.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });
        var session = await Session.SignedInAsync(factory, await _users.WithTeams(ProtectHub.Core.Access.Team.FraudProtect).BuildAsync());
        var url = $"/referrals/{id}/attempts/new";
        (string, string)[] Attempt(DateOnly day, string time) =>
            [("Method", "Phone"), ("Outcome", "AdviceGiven"), ("On.Day", day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             ("On.Month", day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("On.Year", day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Time", time)];
        var today = ProtectHub.Core.Time.UkTime.UkToday(factory.Time);
        Assert.Contains("The time of the attempt must be now or in the past", (await Html.ParseAsync(await session.PostFormAsync(url, Attempt(today.AddDays(1), "10:00")))).ErrorSummary());
        Assert.Contains((await Html.ParseAsync(await session.PostFormAsync(url, Attempt(today.AddDays(-10), "10:00")))).ErrorSummary(),
            e => e.StartsWith("The attempt cannot be before the referral was received", StringComparison.Ordinal));
        Assert.Contains("Enter the time of the attempt on the 24-hour clock, like 14:30", (await Html.ParseAsync(await session.PostFormAsync(url, Attempt(today.AddDays(-1), "teatime")))).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url, Attempt(today.AddDays(-1), "10:15"))).StatusCode);
        var stored = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Victims.VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.Id == id));
        Assert.Equal(ProtectHub.Core.Time.UkTime.ToUtc(today.AddDays(-1).ToDateTime(new TimeOnly(10, 15))), stored.FirstContactAt);
        Assert.True(stored.ContactedInTime);
    }
}
