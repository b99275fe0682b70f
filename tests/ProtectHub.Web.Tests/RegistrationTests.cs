using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Registrations;

namespace ProtectHub.Web.Tests;

public sealed class RegistrationTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static async Task<string> OpenRegistrationAsync(Session session, string url, string capacity)
    {
        var opened = await session.PostFormAsync(url, [F("Capacity", capacity)], handler: "OpenRegistration");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var (_, page) = await session.GetAsync(url);
        return new Uri(page.TestId("registration-link")!.TextContent).AbsolutePath;
    }

    private static Task<HttpResponseMessage> SignUpAsync(Session person, string path, string name, string email, string? organisation = null, bool agreed = true) =>
        person.PostFormAsync(path, [F("FullName", name), F("Email", email), F("OrganisationName", organisation ?? ""), .. agreed ? new[] { F("Agreed", "true") } : []]);

    [Fact]
    public async Task SignUp_FillsThePlacesThenTheWaitingList_AndACancelledPlaceGoesToTheFirstWaiting()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var url = await EngagementSteps.PlanAsync(session, "Ransomware briefing for SMEs", officer.Id, "10", "12", "2026");
        var path = await OpenRegistrationAsync(session, url, "2");
        Assert.Matches("^/events/[A-Za-z0-9_-]{32}$", path);

        var public1 = new Session(factory);
        var (get, form) = await public1.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("Ransomware briefing for SMEs", form.TestId("event-title")!.TextContent);
        Assert.Contains("East Midlands Regional Organised Crime Unit", form.TestId("privacy-wording")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.TestId("event-full"));

        var bad = await Html.ParseAsync(await SignUpAsync(public1, path, "", "not-an-email", agreed: false));
        Assert.Equal(["Enter your full name", "Enter an email address in the correct format, like name@example.com", "Confirm that you have read how your details will be used"], bad.ErrorSummary());

        Assert.Equal($"{path}/registered/confirmed", (await SignUpAsync(public1, path, "Ada Baker", "ada@bakery.example", "Baker's Bakery")).Headers.Location!.OriginalString);
        Assert.Equal($"{path}/registered/confirmed", (await SignUpAsync(new Session(factory), path, "Ben Cole", "ben@cole.example")).Headers.Location!.OriginalString);
        var (_, full) = await new Session(factory).GetAsync(path);
        Assert.NotNull(full.TestId("event-full"));
        Assert.Equal($"{path}/registered/waitinglist", (await SignUpAsync(new Session(factory), path, "Cat Dunn", "cat@dunn.example")).Headers.Location!.OriginalString);
        // The same address again: nothing new, and the answer says nothing about the earlier sign-up.
        Assert.Equal($"{path}/registered/alreadyregistered", (await SignUpAsync(new Session(factory), path, "Someone Else", "ADA@bakery.example")).Headers.Location!.OriginalString);

        var engagementId = Guid.Parse(url.Split('/')[^1]);
        var stored = await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().Where(r => r.EngagementId == engagementId).OrderBy(r => r.RegisteredAt).ToListAsync());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.WaitingList], stored.Select(r => r.Status));
        Assert.All(stored, r => Assert.Contains("manage places at this event", r.ConsentWording, StringComparison.Ordinal));
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == "EventRegistration" && a.Action == AuditAction.Collected));
        Assert.True(audited >= 3);

        var (_, details) = await session.GetAsync(url);
        Assert.Equal("2 taken of 2, 1 on the waiting list", details.TestId("places")!.TextContent);
        var (_, list) = await session.GetAsync(url + "/attendance");
        Assert.Equal(["Ada Baker", "Ben Cole", "Cat Dunn"], list.QuerySelectorAll("[data-testid='registration-name']").Select(n => n.TextContent.Trim()));

        await session.PostFormAsync($"{url}/attendance?handler=Cancel&registrationId={stored[0].Id}", [], formPage: url + "/attendance");
        var promoted = await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().SingleAsync(r => r.Id == stored[2].Id));
        Assert.Equal(RegistrationStatus.Confirmed, promoted.Status);
        var (_, afterCancel) = await session.GetAsync(url);
        Assert.Equal("2 taken of 2, 0 on the waiting list", afterCancel.TestId("places")!.TextContent);
        // A walk-in at the door takes none of the places offered (issue 21, bug 11: "3 taken of 2").
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(url + "/attendance", [F("FullName", "Wes Walkin"), F("Email", "")], handler: "WalkIn")).StatusCode);
        var (_, afterWalkIn) = await session.GetAsync(url);
        Assert.Equal("2 taken of 2, 0 on the waiting list", afterWalkIn.TestId("places")!.TextContent);
        var (_, attendanceAfterWalkIn) = await session.GetAsync(url + "/attendance");
        Assert.StartsWith("2 with a place of 2, 1 walk-in, 0 on the waiting list", attendanceAfterWalkIn.TestId("attendance-counts")!.TextContent, StringComparison.Ordinal);

        // Someone has the form open when the officer closes registration: their sign-up is refused.
        var late = new Session(factory);
        var (_, lateForm) = await late.GetAsync(path);
        var token = lateForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        await session.PostFormAsync(url, [], handler: "CloseRegistration");
        var (_, closed) = await new Session(factory).GetAsync(path);
        Assert.NotNull(closed.TestId("registration-closed"));
        var refused = await late.Client.PostAsync(path, new FormUrlEncodedContent([F("FullName", "Dan Late"), F("Email", "dan@late.example"), F("Agreed", "true"), F("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await Html.ParseAsync(refused)).TestId("registration-closed"));
        Assert.False(await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().AnyAsync(r => r.NormalisedEmail == "dan@late.example")));
    }

    [Fact]
    public async Task Attendance_MarksWhoCame_LinksKnownContactsAndTheirOrganisations_AndPrefillsTheReach()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var org = await session.PostFormAsync("/partners/organisations/new", [F("Input.Name", $"Grantham Engineering {tag}"), F("Input.Kind", "Business"), F("Input.Size", "Small"), F("Input.ForceCode", "LINCOLNSHIRE")]);
        var orgUrl = org.Headers.Location!.OriginalString;
        var organisationId = Guid.Parse(orgUrl.Split('/')[^1]);
        await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Eve Ford"), F("Input.Email", $"eve.{tag}@grantham.example"),
            F("Input.OrganisationId", organisationId.ToString()), F("Input.LawfulBasis", "LegitimateInterests")]);

        var url = await EngagementSteps.PlanAsync(session, $"Exercise in a Box {tag}", officer.Id, "11", "12", "2026");
        var path = await OpenRegistrationAsync(session, url, "");
        await SignUpAsync(new Session(factory), path, "Eve Ford", $"EVE.{tag}@grantham.example", "Grantham Engineering");
        await SignUpAsync(new Session(factory), path, "Gus Hill", $"gus.{tag}@hill.example");

        var walkInErrors = await Html.ParseAsync(await session.PostFormAsync(url + "/attendance", [F("FullName", ""), F("Email", "nope")], handler: "WalkIn"));
        Assert.Equal(["Enter your full name", "Enter an email address in the correct format, like name@example.com"], walkInErrors.ErrorSummary());
        var walkIn = await session.PostFormAsync(url + "/attendance", [F("FullName", "Hal Ives"), F("Email", ""), F("OrganisationName", "Ives & Co")], handler: "WalkIn");
        Assert.Equal(HttpStatusCode.Redirect, walkIn.StatusCode);

        var engagementId = Guid.Parse(url.Split('/')[^1]);
        var registrations = await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().Where(r => r.EngagementId == engagementId).ToListAsync());
        var eve = registrations.Single(r => r.FullName == "Eve Ford");
        var hal = registrations.Single(r => r.FullName == "Hal Ives");
        // The event takes place (attendance is recorded once it has started).
        await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.Engagement>().IgnoreQueryFilters().Where(e => e.Id == engagementId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAt, factory.Time.GetUtcNow().AddHours(-1))));
        await session.PostFormAsync(url + "/attendance", [F("Attended", eve.Id.ToString()), F("Attended", hal.Id.ToString())]);

        var after = await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().Where(r => r.EngagementId == engagementId).ToListAsync());
        Assert.Equal(["Eve Ford", "Hal Ives"], after.Where(r => r.Attended).Select(r => r.FullName).Order());
        var linked = after.Single(r => r.FullName == "Eve Ford");
        Assert.Equal(organisationId, linked.OrganisationId);
        // The attendance list names the organisation she is linked to (issue 21, bug 11: it said "Organisation record").
        var (_, attendanceList) = await session.GetAsync(url + "/attendance");
        Assert.Contains($"Grantham Engineering {tag}", attendanceList.QuerySelectorAll("[data-testid='registration-organisation']").Select(a => a.TextContent.Trim()));
        Assert.NotNull(linked.ContactId);
        var engagement = await factory.WithDbAsync(db => db.Set<Engagement>().IgnoreQueryFilters().SingleAsync(e => e.Id == engagementId));
        Assert.Contains(organisationId, engagement.OrganisationIds);

        var (_, timeline) = await session.GetAsync(orgUrl);
        Assert.Contains($"Eve Ford attended Exercise in a Box {tag}", timeline.Body!.TextContent, StringComparison.Ordinal);
        var (_, deliver) = await session.GetAsync(url + "/deliver");
        Assert.Equal("2", deliver.QuerySelector("input[name='PeopleReached']")!.GetAttribute("value"));

        // Unticking someone saves too.
        await session.PostFormAsync(url + "/attendance", [F("Attended", eve.Id.ToString())]);
        var (_, details) = await session.GetAsync(url);
        Assert.Equal("1", details.TestId("attended-count")!.TextContent);
    }

    [Fact]
    public async Task OpenRegistration_AfterTheEventStarted_IsRefusedWithTheReason_AndNotOffered()
    {
        await using var own = new ProtectHubFactory(); // Its clock moves past the event.
        var officer = await new TestUserBuilder(own).BuildAsync();
        var session = await Session.SignedInAsync(own, officer);
        var url = await EngagementSteps.PlanAsync(session, "Morning briefing", officer.Id, "3", "11", "2026");
        own.Time.Advance(TimeSpan.FromDays(2));
        session = await Session.SignedInAsync(own, officer); // Two days on, the first session has long timed out.

        var refused = await Html.ParseAsync(await session.PostFormAsync(url, [F("Capacity", "")], handler: "OpenRegistration"));

        var error = Assert.Single(refused.ErrorSummary());
        Assert.StartsWith("Registration cannot be opened: the event started at", error, StringComparison.Ordinal);
        Assert.Null(refused.TestId("notification-banner"));
        var (_, details) = await session.GetAsync(url);
        Assert.Null(details.TestId("open-registration"));
        Assert.NotNull(details.TestId("registration-started"));
        var engagement = await own.WithDbAsync(db => db.Set<Engagement>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Title == "Morning briefing"));
        Assert.Null(engagement.RegistrationToken);
    }

    [Fact]
    public async Task Registration_BadCapacityUnknownLinkAndOtherRegion_AreRefused()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var url = await EngagementSteps.PlanAsync(session, "Capacity checks", officer.Id, "12", "12", "2026");
        var bad = await Html.ParseAsync(await session.PostFormAsync(url, [F("Capacity", "lots")], handler: "OpenRegistration"));
        Assert.Equal(["Enter the number of places, from 1 to 100,000, or leave it blank for no limit"], bad.ErrorSummary());

        Assert.Equal(HttpStatusCode.NotFound, (await new Session(factory).Client.GetAsync("/events/no-such-event-aaaaaaaaaaaaaaaaaaaaaaa")).StatusCode);
        var other = await Session.SignedInAsync(factory, await _users.InRegion("WA").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(url + "/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(url + "/debrief")).StatusCode);
    }

    /// <summary>Issue 21 gap 9: an attendance list kept elsewhere, imported into the event with the import engine.</summary>
    [Fact]
    public async Task AttendanceImport_MarksTheListedAddsWalkInsLinksContacts_NamesBadRows_AndChangesNothingTheSecondTime()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var org = await session.PostFormAsync("/partners/organisations/new", [F("Input.Name", $"Stamford Mills {tag}"), F("Input.Kind", "Business"), F("Input.Size", "Small"), F("Input.ForceCode", "LINCOLNSHIRE")]);
        var organisationId = Guid.Parse(org.Headers.Location!.OriginalString.Split('/')[^1]);
        await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Eve Stamford"), F("Input.Email", $"eve.{tag}@stamford.example"),
            F("Input.OrganisationId", organisationId.ToString()), F("Input.LawfulBasis", "LegitimateInterests")]);
        var url = await EngagementSteps.PlanAsync(session, $"Webinar {tag}", officer.Id);
        var engagementId = Guid.Parse(url.Split('/')[^1]);
        await factory.WithDbAsync(db =>
        {
            db.Add(new EventRegistration
            {
                RegionCode = "EM",
                EngagementId = engagementId,
                FullName = "Ada Listed",
                Email = $"ada.{tag}@bakery.example",
                NormalisedEmail = $"ada.{tag}@bakery.example",
                Status = RegistrationStatus.Confirmed,
                RegisteredAt = factory.Time.GetUtcNow().AddMonths(-5),
            });
            return db.SaveChangesAsync();
        });
        var csv = $"""
            Attendee name,Email,Company,Attended
            Ada Listed,ADA.{tag}@bakery.example,,Yes
            Eve Stamford,eve.{tag}@stamford.example,Stamford Mills,yes
            Nobody Right,not-an-email,,yes
            Eve Again,EVE.{tag}@stamford.example,,yes
            Ned Absent,ned.{tag}@absent.example,,no
            ,,Somewhere,yes
            """;
        var upload = await ImportSteps.UploadAsync(session, "attendance", System.Text.Encoding.UTF8.GetBytes(csv), "webinar-attendees.csv", engagementId);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var importUrl = upload.Headers.Location!.OriginalString;
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(session, importUrl);
        Assert.Equal(("1", "1", "1", "3"), (result.TestId("imported")!.TextContent.Trim(), result.TestId("updated")!.TextContent.Trim(),
            result.TestId("already-held")!.TextContent.Trim(), result.TestId("invalid")!.TextContent.Trim()));
        var problems = result.TestId("row-errors")!.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("4 | Email address | 'not-an-email' is not an email address in the correct format, like name@example.com", problems);
        Assert.Contains("5 | Email address | Row 3 is the same person", problems);
        Assert.Contains("7 | Name | Give the person's name or email address", problems);
        Assert.Equal($"/engagements/{engagementId}/attendance", result.TestId("go-to-list")!.GetAttribute("href"));

        var stored = await factory.WithDbAsync(db => db.Set<EventRegistration>().IgnoreQueryFilters().Where(r => r.EngagementId == engagementId).ToListAsync());
        Assert.True(stored.Single(r => r.FullName == "Ada Listed").Attended);
        var eve = stored.Single(r => r.FullName == "Eve Stamford");
        Assert.True(eve.Attended && eve.AddedByOfficer);
        Assert.Equal(organisationId, eve.OrganisationId);
        Assert.DoesNotContain(stored, r => r.FullName == "Ned Absent");
        Assert.Contains(organisationId, await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.Engagement>().IgnoreQueryFilters().Where(e => e.Id == engagementId).Select(e => e.OrganisationIds).SingleAsync()));

        var again = await ImportSteps.UploadAsync(session, "attendance", System.Text.Encoding.UTF8.GetBytes(csv), "webinar-attendees.csv", engagementId);
        var second = await ImportSteps.ImportWithSuggestedColumnsAsync(session, again.Headers.Location!.OriginalString);
        Assert.Equal(("0", "0", "3"), (second.TestId("imported")!.TextContent.Trim(), second.TestId("updated")!.TextContent.Trim(), second.TestId("already-held")!.TextContent.Trim()));

        // An event not yet started takes no attendance; another region's officer cannot import into this one.
        var tomorrow = ProtectHub.Core.Time.UkTime.UkToday(factory.Time).AddDays(1);
        var future = await EngagementSteps.PlanAsync(session, $"Next webinar {tag}", officer.Id, tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            tomorrow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var early = await ImportSteps.UploadAsync(session, "attendance", System.Text.Encoding.UTF8.GetBytes(csv), "early.csv", Guid.Parse(future.Split('/')[^1]));
        var refused = await ImportSteps.ImportWithSuggestedColumnsAsync(session, early.Headers.Location!.OriginalString);
        Assert.Equal("0", refused.TestId("imported")!.TextContent.Trim());
        Assert.Contains(refused.TestId("row-errors")!.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Attendance is recorded once the event has started", StringComparison.Ordinal));
        var stranger = await Session.SignedInAsync(factory, await _users.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/engagements/{engagementId}/attendance/import")).StatusCode);
    }
}
