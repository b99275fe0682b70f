using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Requests;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Tests;

/// <summary>Requests for assistance through the pages, on whichever database the run uses; email through a real SMTP capture.</summary>
public sealed class RequestTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private TestUserBuilder Officer => _users.WithRoles(Role.Officer).WithTeams(Team.CyberProtect);

    private TestUserBuilder Supervisor => _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect);

    internal static (string, string)[] Complete(string title, string email = "sam.hill@crc.example") =>
    [
        ("Source", nameof(RequestSource.CyberResilienceCentre)), ("Category", nameof(RequestCategory.TalkOrBriefing)), ("Urgency", nameof(RequestUrgency.Normal)),
        ("Title", title), ("Details", "A 30-minute talk on phishing for 40 members at the quarterly meeting."),
        ("RequesterName", "Sam Hill"), ("RequesterEmail", email), ("RequesterPhone", "01632 960 001"),
    ];

    internal static async Task<Guid> RecordAsync(Session session, IEnumerable<(string, string)> fields)
    {
        var response = await session.PostFormAsync("/requests/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Record_NamesEveryMissingOrBadField()
    {
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var response = await officer.PostFormAsync("/requests/new", ("RequesterEmail", "p.wood@example"), ("RequesterPhone", "call me"),
            ("NeededBy.Day", "1"), ("NeededBy.Month", "10"), ("NeededBy.Year", "2026"));
        var errors = (await Html.ParseAsync(response)).ErrorSummary();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select who is asking", errors);
        Assert.Contains("Select what kind of help is asked for", errors);
        Assert.Contains("Select how urgent it is", errors);
        Assert.Contains("Enter a one-line summary of what is asked", errors);
        Assert.Contains("Describe what is asked", errors);
        Assert.Contains("Enter the name of the person asking", errors);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", errors);
        Assert.Contains("Enter a telephone number, like 01632 960 001 or +44 7700 900 982", errors);
        Assert.Contains("The date it is needed by must be today or in the future", errors);

        // A date that cannot be read is named, and the other fields' errors still show with it.
        var unreadable = (await Html.ParseAsync(await officer.PostFormAsync("/requests/new", ("Title", "A talk"), ("NeededBy.Day", "31"), ("NeededBy.Month", "2"), ("NeededBy.Year", "2027")))).ErrorSummary();
        Assert.Contains("Select who is asking", unreadable);
        Assert.Contains(unreadable, e => e.StartsWith("The date it is needed by must be a real date", StringComparison.Ordinal));
        Assert.DoesNotContain("Enter a one-line summary of what is asked", unreadable);
    }

    [Fact]
    public async Task Request_TriagedAcceptedAnsweredByAnEngagementAndDone_WithTheRequesterEmailedAtEachStep()
    {
        var officerUser = await Officer.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var email = $"sam.{Guid.NewGuid():N}"[..16] + "@crc.example";
        var id = await RecordAsync(officer, Complete("Phishing talk for CRC members", email));

        var (_, details) = await officer.GetAsync($"/requests/{id}");
        Assert.Equal("Awaiting triage", details.TestId("status")!.TextContent.Trim());
        Assert.Equal("9 November 2026", details.TestId("triage-by")!.TextContent.Trim()); // Received Monday 2 November: 5 working days.
        Assert.Null(details.TestId("triage")); // Officers do not triage.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync($"/requests/{id}/triage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync("/requests/board")).StatusCode);

        var (_, board) = await supervisor.GetAsync("/requests/board");
        Assert.NotNull(board.TestId("awaiting")!.QuerySelector($"a[href='/requests/{id}/triage']"));

        var noOne = await Html.ParseAsync(await supervisor.PostFormAsync($"/requests/{id}/triage", [], handler: "Accept"));
        Assert.Contains("Select the officer or the team who will do it", noOne.ErrorSummary());
        var accepted = await supervisor.PostFormAsync($"/requests/{id}/triage", [new("OfficerId", officerUser.Id.ToString())], handler: "Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (_, afterAccept) = await supervisor.GetAsync($"/requests/{id}");
        Assert.Contains("Request accepted: the requester has been emailed", afterAccept.Body!.TextContent, StringComparison.Ordinal);
        var messages = await factory.Smtp.MessagesAsync();
        var acceptance = messages.Single(m => m.To.ToString().Contains(email, StringComparison.Ordinal));
        Assert.StartsWith("We will help with your request (RFA-2026-", acceptance.Subject, StringComparison.Ordinal);
        Assert.Contains("We aim to have it done by 30 November 2026", acceptance.TextBody, StringComparison.Ordinal);

        // The officer plans the engagement from the request: linked both ways.
        var (_, plan) = await officer.GetAsync($"/engagements/new?requestId={id}");
        Assert.Contains("Phishing talk for CRC members", plan.TestId("answering")!.TextContent, StringComparison.Ordinal);
        var planned = await officer.PostFormAsync($"/engagements/new?requestId={id}", EngagementSteps.Plan("CRC quarterly talk", officerUser.Id, "30", "10", "2026"));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var engagement = planned.Headers.Location!.OriginalString;
        var (_, engagementPage) = await officer.GetAsync(engagement);
        Assert.NotNull(engagementPage.TestId("answers-request")!.QuerySelector($"a[href='/requests/{id}']"));
        (_, details) = await officer.GetAsync($"/requests/{id}");
        Assert.NotNull(details.TestId("engagement")!.QuerySelector($"a[href='{engagement}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync($"/engagements/new?requestId={id}")).StatusCode); // One engagement per request.

        // Not done while the engagement is still only planned.
        var early = await Html.ParseAsync(await officer.PostFormAsync($"/requests/{id}", [new("Outcome", "Delivered")], handler: "Complete"));
        Assert.Contains("Record the engagement as delivered or cancelled first: the request is answered by it", early.ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/requests/{id}", [new("Note", "Agreed the slides with Sam"), new("Minutes", "45")], handler: "Note")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(engagement + "/deliver", ("PeopleReached", "38"), ("KeyLearning", "Good questions on invoices"))).StatusCode);
        var done = await officer.PostFormAsync($"/requests/{id}", [new("Outcome", "Talk delivered to 38 members; slides shared.")], handler: "Complete");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        messages = await factory.Smtp.MessagesAsync(2);
        var completion = messages.Single(m => m.To.ToString().Contains(email, StringComparison.Ordinal) && (m.Subject ?? "").StartsWith("Your request is complete", StringComparison.Ordinal));
        Assert.Contains("Talk delivered to 38 members", completion.TextBody, StringComparison.Ordinal);

        (_, details) = await officer.GetAsync($"/requests/{id}");
        Assert.Equal("Done", details.TestId("status")!.TextContent.Trim());
        Assert.Contains("Agreed the slides with Sam", details.TestId("notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("45 minutes", details.TestId("notes")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Emailed that it was done", details.TestId("emailed")!.TextContent.Trim(), StringComparison.Ordinal);

        // Every look at the requester's details is audited, and each email is a disclosure.
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == id.ToString()).Select(e => new { e.Action, e.Details }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Viewed);
        Assert.Contains(audit, e => e.Action == AuditAction.Disclosed && e.Details == "Requester emailed: accepted");
        Assert.Contains(audit, e => e.Action == AuditAction.Disclosed && e.Details == "Requester emailed: done");
    }

    [Fact]
    public async Task Triage_DeclineNeedsAReason_RedirectNamesWhere_AndEachIsFinal()
    {
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var declined = await RecordAsync(officer, Complete("Talk we cannot give"));
        var redirected = await RecordAsync(officer, Complete("Incident at a school"));

        var noReason = await Html.ParseAsync(await supervisor.PostFormAsync($"/requests/{declined}/triage", [], handler: "Decline"));
        Assert.Contains("Enter why the request is declined (the requester is told)", noReason.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/requests/{declined}/triage", [new("Reason", "Outside our region")], handler: "Decline")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/requests/{redirected}/triage",
            [new("RedirectedTo", "Lincolnshire Police cyber crime unit"), new("RedirectNote", "They hold the investigation")], handler: "Redirect")).StatusCode);

        var (_, page) = await officer.GetAsync($"/requests/{redirected}");
        Assert.Equal("Redirected", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("Lincolnshire Police cyber crime unit", page.TestId("triage-decision")!.TextContent, StringComparison.Ordinal);
        var again = await Html.ParseAsync(await supervisor.PostFormAsync($"/requests/{declined}/triage", [new("Team", nameof(Team.CyberProtect))], formPage: "/requests/new", handler: "Accept"));
        Assert.Contains("This request has already been triaged", again.ErrorSummary());

        // Closed requests leave the default (open) list and are found by their status.
        var (_, open) = await officer.GetAsync("/requests?q=" + Uri.EscapeDataString("talk we cannot give"));
        Assert.Equal("0 requests", open.TestId("count")!.TextContent.Trim());
        var (_, closed) = await officer.GetAsync("/requests?status=Declined&q=" + Uri.EscapeDataString("talk we cannot give"));
        Assert.Equal("1 request", closed.TestId("count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Overdue_RequestsShowOnTheOfficersAndSupervisorsHomePages_AndTheBoard()
    {
        var officerUser = await Officer.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var late = await RecordAsync(officer, Complete("Late exercise"));
        var waiting = await RecordAsync(officer, Complete("Waiting talk"));
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/requests/{late}/triage", [new("OfficerId", officerUser.Id.ToString())], handler: "Accept")).StatusCode);
        // Received a month ago: both dates have passed.
        await factory.WithDbAsync(db => db.Set<AssistanceRequest>().IgnoreQueryFilters().Where(r => r.Id == late || r.Id == waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TriageBy, new DateOnly(2026, 10, 9)).SetProperty(r => r.CompleteBy, new DateOnly(2026, 10, 30))
                .SetProperty(r => r.DueOn, r => r.Status == RequestStatus.New ? new DateOnly(2026, 10, 9) : new DateOnly(2026, 10, 30))));

        var (_, home) = await officer.GetAsync("/");
        Assert.NotNull(home.TestId("overdue-requests")!.QuerySelector($"a[href='/requests/{late}']"));
        var (_, supervisorHome) = await supervisor.GetAsync("/");
        Assert.NotNull(supervisorHome.TestId("requests-awaiting-triage"));
        var (_, mine) = await officer.GetAsync("/requests?overdue=true&mine=true");
        Assert.Equal("1 request", mine.TestId("count")!.TextContent.Trim());
        var (_, board) = await supervisor.GetAsync("/requests/board");
        var row = board.TestId("by-officer")!.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(officerUser.Email[5..11], StringComparison.Ordinal));
        Assert.Equal("1", row.QuerySelectorAll("td")[1].TextContent.Trim()); // Overdue.

        // The team workload page shows the same, and links to the officer's requests.
        var (_, workload) = await supervisor.GetAsync("/referrals/workload");
        var line = workload.TestId("requests-workload")!.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(officerUser.Email[5..11], StringComparison.Ordinal));
        Assert.Equal("1", line.QuerySelectorAll("td")[2].TextContent.Trim());
        var (_, theirs) = await supervisor.GetAsync(line.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("1 request", theirs.TestId("count")!.TextContent.Trim());
        Assert.NotNull(theirs.QuerySelector($"a[href='/requests/{late}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync("/referrals/workload")).StatusCode); // A supervisors' page.
    }

    [Fact]
    public async Task PartnerLink_OpensTheRequestForm_ForThatPurposeOnly_AndRevokedIsA404()
    {
        var organisation = new Organisation { RegionCode = "EM", Name = "Soar Valley Solicitors " + Guid.NewGuid().ToString("N")[..6], NormalisedName = "soar valley", ForceCode = "NOTTS" };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organisation);
            return await db.SaveChangesAsync();
        });
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/requests/links", [new("OrganisationId", organisation.Id.ToString())], handler: "Create")).StatusCode);
        var (_, links) = await officer.GetAsync("/requests/links");
        var url = new Uri(links.TestId("new-link")!.TextContent.Trim());
        Assert.StartsWith("/requests/ask/", url.AbsolutePath, StringComparison.Ordinal);
        var token = url.AbsolutePath.Split('/')[^1];

        // The same token does not open the intelligence form, and an intelligence link does not open this one.
        var partner = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/intelligence/submit/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/intelligence/links", [new("OrganisationId", organisation.Id.ToString())], handler: "Create")).StatusCode);
        var (_, intelligenceLinks) = await officer.GetAsync("/intelligence/links");
        var intelligenceToken = new Uri(intelligenceLinks.TestId("new-link")!.TextContent.Trim()).AbsolutePath.Split('/')[^1];
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/requests/ask/{intelligenceToken}")).StatusCode);

        var form = await Html.ParseAsync(await partner.GetAsync(url.AbsolutePath));
        Assert.Contains(organisation.Name, form.Body!.TextContent, StringComparison.Ordinal);
        var antiforgery = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        FormUrlEncodedContent Body(params (string, string)[] fields) =>
            new([new("__RequestVerificationToken", antiforgery), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var noEmail = await Html.ParseAsync(await partner.PostAsync(url.AbsolutePath, Body(("Category", "Exercise"), ("Urgency", "High"), ("Title", "Exercise in a Box"), ("Details", "For our partners"), ("RequesterName", "Alex Reed"))));
        Assert.Contains("Enter your email address, so we can tell you what happens next", noEmail.ErrorSummary());
        var sent = await partner.PostAsync(url.AbsolutePath, Body(("Category", "Exercise"), ("Urgency", "High"), ("Title", "Exercise in a Box"), ("Details", "For our partners"),
            ("RequesterName", "Alex Reed"), ("RequesterEmail", "alex.reed@soar-valley.example")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/requests/sent", sent.Headers.Location!.OriginalString);

        var request = await factory.WithDbAsync(db => db.Set<AssistanceRequest>().IgnoreQueryFilters().SingleAsync(r => r.OrganisationId == organisation.Id));
        Assert.Equal(("EM", RequestSource.PartnerOrganisation, RequestStatus.New), (request.RegionCode, request.Source, request.Status));
        Assert.Equal(new DateOnly(2026, 11, 4), request.TriageBy); // High: 2 working days.
        var link = await factory.WithDbAsync(db => db.Set<PartnerLink>().IgnoreQueryFilters().SingleAsync(l => l.OrganisationId == organisation.Id && l.Purpose == PartnerLinkPurpose.Requests));
        Assert.Equal(1, link.Submissions);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/requests/links", [new("LinkId", link.Id.ToString())], handler: "Revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(url.AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task AnotherRegionsRequest_IsA404_OnEveryPage()
    {
        var ours = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await RecordAsync(ours, Complete("Our region's request"));
        var theirs = await Session.SignedInAsync(factory, await Supervisor.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/requests/{id}/triage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/engagements/new?requestId={id}")).StatusCode);
        var (_, list) = await theirs.GetAsync("/requests?q=" + Uri.EscapeDataString("our region's request"));
        Assert.Equal("0 requests", list.TestId("count")!.TextContent.Trim());
    }
}
