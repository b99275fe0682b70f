using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

public sealed class EngagementTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static List<KeyValuePair<string, string>> Plan(string title, Guid lead, string day = "1", string month = "7", string year = "2026",
        params KeyValuePair<string, string>[] extra) => EngagementSteps.Plan(title, lead, day, month, year, extra);

    [Fact]
    public async Task Search_ForACommonWord_PagesNewestFirst()
    {
        // More matches than the count limit: the page is found by walking the date index, newest first.
        var officer = await _users.BuildAsync();
        var tag = "c" + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 1_010).Select(i => new Engagement
            {
                RegionCode = "EM",
                Title = $"Talk {tag} {i:D4}",
                StartsAt = UkTime.ToUtc(new DateTime(2020, 1, 1, 10, 0, 0)).AddHours(i),
                ForceCode = "DERBYSHIRE",
                Team = ProtectHub.Core.Access.Team.CyberProtect,
                Kind = EngagementKind.Presentation,
                Status = EngagementStatus.Planned,
                LeadOfficerId = officer.Id,
                LeadOfficerName = "Lead",
            }));
            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, officer);

        var (_, first) = await session.GetAsync($"/engagements?Q={tag.ToUpperInvariant()}");
        Assert.Equal("More than 1,000 engagements", first.TestId("engagement-count")!.TextContent.Trim());
        Assert.Equal(Enumerable.Range(986, 25).Reverse().Select(i => $"Talk {tag} {i:D4}"), first.QuerySelectorAll("[data-testid='engagement-row'] a").Select(a => a.TextContent));
        var (_, third) = await session.GetAsync($"/engagements?Q={tag}&page=3");
        Assert.Equal(Enumerable.Range(936, 25).Reverse().Select(i => $"Talk {tag} {i:D4}"), third.QuerySelectorAll("[data-testid='engagement-row'] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Plan_FromAnOrganisationsPage_StartsWithItChosen_AndRecordsSupportingOfficersAndSectors()
    {
        var officer = await _users.BuildAsync();
        var helper = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var org = await session.PostFormAsync("/partners/organisations/new", [F("Input.Name", $"Spalding Growers {Guid.NewGuid():N}"), F("Input.Kind", "Business"),
            F("Input.Size", "Medium"), F("Input.ForceCode", "LINCOLNSHIRE")]);
        var organisationId = org.Headers.Location!.OriginalString.Split('/')[^1];
        var (_, organisationPage) = await session.GetAsync(org.Headers.Location!.OriginalString);
        Assert.Equal($"/engagements/new?organisationId={organisationId}", organisationPage.TestId("plan-engagement-with")!.GetAttribute("href"));
        var (_, form) = await session.GetAsync($"/engagements/new?organisationId={organisationId}");
        Assert.NotNull(form.QuerySelector($"input[name='Input.OrganisationIds'][value='{organisationId}'][checked]"));

        var bad = await Html.ParseAsync(await session.PostFormAsync("/engagements/new", Plan("Sector check", officer.Id, extra: [F("Input.Sectors", "Z")])));
        Assert.Equal(["Select sectors from the list"], bad.ErrorSummary());
        var created = await session.PostFormAsync("/engagements/new", Plan("Growers briefing", officer.Id, extra: [F("Input.OrganisationIds", organisationId),
            F("Input.SupportingOfficerIds", helper.Id.ToString()), F("Input.Sectors", "A"), F("Input.Sectors", "G")]));
        var (_, details) = await session.GetAsync(created.Headers.Location!.OriginalString);
        var text = details.TestId("engagement-details")!.TextContent;
        Assert.Contains("A: Agriculture, forestry and fishing, G: Wholesale and retail trade; repair of motor vehicles", text, StringComparison.Ordinal);
        Assert.Contains(", supported by ", text, StringComparison.Ordinal);
        Assert.Contains("Spalding Growers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_BadInput_ShowsEveryErrorInFieldOrder()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var page = await Html.ParseAsync(await session.PostFormAsync("/engagements/new", [F("Input.StartsOn.Day", "31"), F("Input.StartsOn.Month", "2"),
            F("Input.StartsOn.Year", "2026"), F("Input.StartTime", "25:99"), F("Input.DurationMinutes", "0"), F("Input.IsOnline", "no"), F("Input.ForceCode", "CLEVELAND")]));
        Assert.Equal(
        [
            "Enter a title, for example 'Phishing talk for Lincoln Chamber of Commerce'",
            "Select the kind of engagement",
            "Date must be a real date",
            "Enter a real start time, like 14:30 or 2:30pm",
            "Enter the duration in minutes, from 1 to 1440",
            "Enter the venue",
            "Select a force area in your region",
            "Select the team delivering it",
            "Select the lead officer",
        ], page.ErrorSummary());
    }

    [Fact]
    public async Task Engagement_PlannedDeliveredReviewed_WithUkTimeTopicsAndOrganisationTimeline()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var org = await session.PostFormAsync("/partners/organisations/new", [F("Input.Name", $"Guildhall Traders {Guid.NewGuid():N}"), F("Input.Kind", "TradeBody"), F("Input.ForceCode", "LINCOLNSHIRE")]);
        var orgId = org.Headers.Location!.OriginalString.Split('/')[^1];
        var topics = await factory.WithDbAsync(db => db.Set<ManagedListItem>().Where(i => i.Name == "Phishing" || i.Name == "Cyber Aware").ToListAsync());
        var created = await session.PostFormAsync("/engagements/new", Plan("Phishing talk", officer.Id, extra: [
            F("Input.AudienceTypes", "SmeStaff"), F("Input.TopicIds", topics.Single(t => t.Kind == ManagedListKind.Topic).Id.ToString()),
            F("Input.CampaignIds", topics.Single(t => t.Kind == ManagedListKind.Campaign).Id.ToString()), F("Input.OrganisationIds", orgId)]));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        var stored = await factory.WithDbAsync(db => db.Set<Engagement>().SingleAsync(e => e.Id == id));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero), stored.StartsAt); // 14:30 BST.
        var (_, details) = await session.GetAsync(url);
        var text = details.TestId("engagement-details")!.TextContent;
        Assert.Contains("1 July 2026 at 14:30, 90 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Phishing", text, StringComparison.Ordinal);
        Assert.Contains("Cyber Aware", text, StringComparison.Ordinal);
        Assert.Contains("SME staff", text, StringComparison.Ordinal);

        // Counted while planned; the count is shared until an engagement changes, so the delivery below must show in it.
        var (_, planned) = await session.GetAsync("/engagements?Status=Planned&Q=phishing+talk");
        Assert.Equal("1 engagement", planned.TestId("engagement-count")!.TextContent.Trim());

        var badDelivery = await Html.ParseAsync(await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "lots")]));
        Assert.Equal(["Enter the number of people reached, as a whole number"], badDelivery.ErrorSummary());
        await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "42"), F("KeyLearning", "Bring more leaflets")]);
        var (_, delivered) = await session.GetAsync(url);
        Assert.Equal("42", delivered.TestId("people-reached")!.TextContent);
        Assert.Null(delivered.TestId("record-delivery"));
        var twice = await Html.ParseAsync(await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "43")], formPage: url + "/deliver"));
        Assert.Contains("Only a planned engagement can be recorded as delivered", twice.ErrorSummary().Single(), StringComparison.Ordinal);

        // Reviewed by a supervisor, not by the officer who delivered it (issue 21, bug 7).
        var supervisor = await Session.SignedInAsync(factory, await _users.WithRoles(ProtectHub.Core.Access.Role.Supervisor).BuildAsync());
        await supervisor.PostFormAsync(url, [], handler: "Reviewed");
        Assert.Equal(EngagementStatus.Reviewed, (await factory.WithDbAsync(db => db.Set<Engagement>().SingleAsync(e => e.Id == id))).Status);

        var (_, organisation) = await session.GetAsync($"/partners/organisations/{orgId}");
        Assert.Contains("Presentation: Phishing talk (reviewed, 42 people reached)", organisation.TestId("timeline")!.TextContent, StringComparison.Ordinal);

        var (_, list) = await session.GetAsync("/engagements?Status=Reviewed&From=2026-07-01&To=2026-07-01&Q=phishing");
        Assert.Contains("Phishing talk", list.TestId("engagements")!.TextContent, StringComparison.Ordinal);
        // The same filter typed in the GOV.UK date inputs; a day later finds nothing; a day that does not exist is named.
        var (_, typed) = await session.GetAsync("/engagements?Status=Reviewed&From.Day=1&From.Month=7&From.Year=2026&To.Day=1&To.Month=7&To.Year=2026&Q=phishing");
        Assert.Contains("Phishing talk", typed.TestId("engagements")!.TextContent, StringComparison.Ordinal);
        var (_, later) = await session.GetAsync("/engagements?Status=Reviewed&From.Day=2&From.Month=7&From.Year=2026&Q=phishing");
        Assert.Equal("0 engagements", later.TestId("engagement-count")!.TextContent.Trim());
        var (_, impossible) = await session.GetAsync("/engagements?From.Day=2&From.Month=13&From.Year=2026");
        Assert.Contains("The from date must be a real date", impossible.ErrorSummary());
        var (_, none) = await session.GetAsync("/engagements?Status=Planned&Q=phishing+talk");
        Assert.Equal("0 engagements", none.TestId("engagement-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Cancel_NeedsAReason_AndEndsThePlan()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var url = (await session.PostFormAsync("/engagements/new", Plan("Webinar to cancel", officer.Id))).Headers.Location!.OriginalString;
        var noReason = await Html.ParseAsync(await session.PostFormAsync(url + "/cancel", [F("Reason", "")]));
        Assert.Equal(["Enter why the engagement was cancelled"], noReason.ErrorSummary());
        await session.PostFormAsync(url + "/cancel", [F("Reason", "Venue flooded")]);
        var (_, page) = await session.GetAsync(url);
        Assert.Contains("Venue flooded", page.TestId("engagement-details")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.TestId("record-delivery"));
    }

    [Fact]
    public async Task FollowUpAction_ShowsOnTheOwnersHomePageOverdueUntilDone()
    {
        var lead = await _users.BuildAsync();
        var owner = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, lead);
        var url = (await session.PostFormAsync("/engagements/new", Plan("Workshop with actions", lead.Id))).Headers.Location!.OriginalString;
        var missing = await Html.ParseAsync(await session.PostFormAsync(url + "/actions/new", [F("Description", ""), F("OwnerId", owner.Id.ToString())]));
        Assert.Equal(["Enter what needs to be done", "Enter the date it is due"], missing.ErrorSummary());
        await session.PostFormAsync(url + "/actions/new", [F("Description", "Send the slides"), F("OwnerId", owner.Id.ToString()),
            F("DueOn.Day", "1"), F("DueOn.Month", "10"), F("DueOn.Year", "2026")]);

        var ownerSession = await Session.SignedInAsync(factory, owner);
        var (_, home) = await ownerSession.GetAsync("/");
        var row = home.QuerySelector("[data-testid='my-action']")!;
        Assert.Contains("Send the slides", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal); // Due 1 October; the clock says November.
        Assert.Null(home.TestId("empty-state"));

        // Posted where the Done button's form posts, as a browser would: the form carries its own antiforgery token.
        Assert.NotNull(home.QuerySelector("[data-testid='my-action'] form input[name='__RequestVerificationToken']"));
        var done = await ownerSession.PostFormAsync(home.QuerySelector("[data-testid='my-action'] form")!.GetAttribute("action")!, [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await ownerSession.GetAsync("/");
        Assert.NotNull(after.TestId("empty-state"));
        var (_, engagement) = await session.GetAsync(url);
        Assert.Contains("Done", engagement.TestId("actions")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Issue 21, gap 2: several follow-up actions selected on the home page are marked done at once, only the user's own.</summary>
    [Fact]
    public async Task FollowUpActions_SelectedOnTheHomePage_AreMarkedDoneTogether()
    {
        var lead = await _users.BuildAsync();
        var owner = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, lead);
        var url = (await session.PostFormAsync("/engagements/new", Plan("Workshop with three actions", lead.Id))).Headers.Location!.OriginalString;
        foreach (var (description, who) in new[] { ("Send the slides", owner.Id), ("Book the room", owner.Id), ("Ring the chamber", lead.Id) })
        {
            await session.PostFormAsync(url + "/actions/new", [F("Description", description), F("OwnerId", who.ToString()), F("DueOn.Day", "20"), F("DueOn.Month", "11"), F("DueOn.Year", "2026")]);
        }

        var ownerSession = await Session.SignedInAsync(factory, owner);
        var (_, home) = await ownerSession.GetAsync("/");
        Assert.Equal("moj-multi-select", home.TestId("my-actions")!.GetAttribute("data-module"));
        var boxes = home.QuerySelectorAll("[data-testid='my-action'] input[name='Ids']").ToList();
        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, b => Assert.Equal("actions-done", b.GetAttribute("form")));
        var form = home.QuerySelector("form#actions-done")!;
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        var none = await ownerSession.PostFormAsync(form.GetAttribute("action")!, [], formPage: "/");
        Assert.Equal("/?error=no-actions-selected", none.Headers.Location!.OriginalString);
        Assert.Contains("Select the follow-up actions to mark as done", (await ownerSession.GetAsync(none.Headers.Location!.OriginalString)).Item2.TestId("error-summary")!.TextContent, StringComparison.Ordinal);

        // Both of the owner's, and the lead's own action slipped into the post: only the owner's are done.
        var leadsAction = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.FollowUpAction>().SingleAsync(a => a.OwnerId == lead.Id && a.Description == "Ring the chamber"));
        var done = await ownerSession.PostFormAsync(form.GetAttribute("action")!, [.. boxes.Select(b => F("Ids", b.GetAttribute("value")!)), F("Ids", leadsAction.Id.ToString())], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await ownerSession.GetAsync("/");
        Assert.Contains("2 follow-up actions marked as done", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.TestId("empty-state"));
        Assert.Null((await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.FollowUpAction>().SingleAsync(a => a.Id == leadsAction.Id))).CompletedAt);
    }

    [Fact]
    public async Task Engagement_OfAnotherRegion_Answers404()
    {
        var nw = await _users.InRegion("NW").BuildAsync();
        var nwSession = await Session.SignedInAsync(factory, nw);
        var created = await nwSession.PostFormAsync("/engagements/new", [.. Plan("North West talk", nw.Id).Where(f => f.Key != "Input.ForceCode"), F("Input.ForceCode", "CHESHIRE")]);
        var url = created.Headers.Location!.OriginalString;
        var em = await Session.SignedInAsync(factory, await _users.BuildAsync());
        foreach (var path in new[] { "", "/edit", "/deliver", "/cancel", "/actions/new" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await em.Client.GetAsync(url + path)).StatusCode);
        }
    }

    [Fact]
    public async Task CancelPage_ForAnEngagementNoLongerPlanned_SaysWhyAndOffersNoForm()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var url = await EngagementSteps.PlanAsync(session, "Delivered then cancelled?", officer.Id);
        await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "12")]);

        var (response, page) = await session.GetAsync(url + "/cancel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Only a planned engagement can be cancelled; this one is delivered"], page.ErrorSummary());
        Assert.Null(page.TestId("confirm"));
    }
}
