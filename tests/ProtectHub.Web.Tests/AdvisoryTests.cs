using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

/// <summary>Threat advisories through the pages, on whichever database the run uses; every email through a real SMTP capture.</summary>
public sealed class AdvisoryTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private TestUserBuilder Officer => _users.WithRoles(Role.Officer).WithTeams(Team.CyberProtect);

    private TestUserBuilder Supervisor => _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect);

    /// <summary>An organisation in the community with people who may and may not be emailed; returns its contacts by role.</summary>
    private async Task<(Organisation Organisation, Contact Reachable, Contact OptedOut, Contact NoEmail, Contact NoConsent)> CommunityMemberAsync(string tag, bool member = true)
    {
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var organisation = new Organisation { RegionCode = "EM", Name = $"Member {tag}", NormalisedName = $"member {tag}", ForceCode = "NOTTS", Sector = 'C' };
        if (member)
        {
            organisation.Memberships.Add(new Membership { OrganisationId = organisation.Id, Kind = MembershipKind.InformationSharingCommunity, StartedOn = today.AddYears(-1) });
        }

        Contact Person(string name, string? email, bool optedOut = false, LawfulBasis basis = LawfulBasis.LegitimateInterests) => new()
        {
            RegionCode = "EM",
            OrganisationId = organisation.Id,
            FullName = name,
            Email = email,
            NormalisedEmail = email?.ToLowerInvariant(),
            AcceptsEmail = true,
            OptedOut = optedOut,
            LawfulBasis = basis,
            CreatedAt = factory.Time.GetUtcNow(),
        };
        var reachable = Person($"Reachable {tag}", $"reach-{tag}@member.example");
        var optedOutContact = Person($"Opted out {tag}", $"out-{tag}@member.example", optedOut: true);
        var noEmail = Person($"No email {tag}", null);
        var noConsent = Person($"No consent {tag}", $"consent-{tag}@member.example", basis: LawfulBasis.Consent);
        await factory.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.AddRange(reachable, optedOutContact, noEmail, noConsent);
            return await db.SaveChangesAsync();
        });
        return (organisation, reachable, optedOutContact, noEmail, noConsent);
    }

    private static (string, string)[] AdvisoryFields(string title, string tlp, bool community = true, string people = "") =>
    [
        ("Title", title), ("Summary", "Criminals are sending fake invoices from look-alike supplier domains."),
        ("RecommendedActions", "Check any change of bank details by phone, using a number you already hold."), ("Severity", "High"), ("Source", "OwnInvestigation"),
        ("TlpMarking", tlp), ("Indicators", "invoices-now[.]example\n198.51.100.23\nCVE-2024-3400"), ("Community", community ? "yes" : ""), ("ToPeople", people),
    ];

    private static async Task<Guid> WriteAsync(Session session, IEnumerable<(string, string)> fields)
    {
        var response = await session.PostFormAsync("/advisories/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task IssueAsync(Session author, Guid id)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/advisories/{id}", [], handler: "Submit")).StatusCode);
        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/advisories/{id}", [], handler: "Approve")).StatusCode);
        var issued = await supervisor.PostFormAsync($"/advisories/{id}", [], handler: "Issue");
        Assert.True(issued.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(issued)).ErrorSummary()));
    }

    /// <summary>Sends what is queued now (the background worker may be sending too: claims keep each message to one sender).</summary>
    private Task<int> DrainAsync() => factory.WithServicesAsync(async sp =>
    {
        sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test outbox");
        var total = 0;
        for (var i = 0; i < 20; i++)
        {
            total += await sp.GetRequiredService<AdvisoryOutbox>().SendBatchAsync();
            if (!await sp.GetRequiredService<Core.Data.ProtectHubDbContext>().Set<AdvisoryMessage>().IgnoreQueryFilters().AnyAsync(m => m.Status == MessageStatus.Queued))
            {
                break;
            }

            await Task.Delay(200);
        }

        return total;
    });

    [Fact]
    public async Task Tlp_HasNoDefault_AndRedGoesOnlyToNamedPeople()
    {
        var session = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var (_, form) = await session.GetAsync("/advisories/new");
        Assert.Empty(form.QuerySelectorAll("input[name='TlpMarking'][checked]"));
        var missing = await session.PostFormAsync("/advisories/new", AdvisoryFields("No marking", "").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Contains("Select the TLP marking: there is no default", (await Html.ParseAsync(missing)).ErrorSummary());

        var id = await WriteAsync(session, AdvisoryFields("Red to a rule", "Red"));
        var (_, page) = await session.GetAsync($"/advisories/{id}");
        Assert.Contains("TLP:RED", page.TestId("tlp")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("goes only to people named one by one", page.TestId("refusal")!.TextContent, StringComparison.Ordinal);
        var refused = await session.PostFormAsync($"/advisories/{id}", [], handler: "Submit");
        Assert.Contains((await Html.ParseAsync(refused)).ErrorSummary(), e => e.StartsWith("A TLP:RED advisory goes only to people named one by one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_SaysWhoIsReached_AndWhoIsLeftOutAndWhy()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await CommunityMemberAsync(tag);
        var session = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(session, AdvisoryFields("Preview " + tag, "Green"));
        var (_, page) = await session.GetAsync($"/advisories/{id}");
        var leftOut = page.TestId("left-out")!.TextContent;
        Assert.Contains($"Opted out {tag}, Member {tag}: opted out", leftOut, StringComparison.Ordinal);
        Assert.Contains($"No email {tag}, Member {tag}: no email address", leftOut, StringComparison.Ordinal);
        Assert.Contains($"No consent {tag}, Member {tag}: no consent recorded", leftOut, StringComparison.Ordinal);
        Assert.DoesNotContain($"Reachable {tag}", leftOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_SendsOneEmailARecipient_MarkedAndAcknowledgeable_ThenUpdateAndWithdrawalReachTheSameAudience()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (organisation, reachable, optedOut, _, _) = await CommunityMemberAsync(tag);
        var (_, notMember, _, _, _) = await CommunityMemberAsync(tag + "x", member: false);
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Invoice fraud " + tag, "AmberStrict"));

        // The author cannot approve their own advisory.
        var selfSupervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var own = await WriteAsync(selfSupervisor, AdvisoryFields("Own " + tag, "Green"));
        await selfSupervisor.PostFormAsync($"/advisories/{own}", [], handler: "Submit");
        Assert.Contains("You wrote this advisory: another supervisor must approve it",
            (await Html.ParseAsync(await selfSupervisor.PostFormAsync($"/advisories/{own}", [], handler: "Approve"))).ErrorSummary());

        await IssueAsync(author, id);
        await DrainAsync();
        // The community rule reaches every member organisation of the region; of this test's people, only the reachable one.
        var ofThisTest = (await factory.Smtp.MessagesAsync()).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(ofThisTest, m => m.To.Mailboxes.Single().Address == optedOut.Email || m.To.Mailboxes.Single().Address == notMember.Email);
        var messages = ofThisTest.Where(m => m.To.Mailboxes.Single().Address == reachable.Email).ToList();
        var email = Assert.Single(messages);
        Assert.StartsWith("[TLP:AMBER+STRICT] Invoice fraud", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"Share this only within your own organisation ({organisation.Name})", (email.TextBody ?? ""), StringComparison.Ordinal);
        Assert.Contains("invoices-now[.]example", (email.TextBody ?? ""), StringComparison.Ordinal);
        Assert.DoesNotContain("invoices-now.example", (email.TextBody ?? ""), StringComparison.Ordinal);
        Assert.EndsWith("@protecthub", email.MessageId, StringComparison.Ordinal);
        Assert.StartsWith("<http", email.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        var message = await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().SingleAsync(m => m.AdvisoryId == id && m.ContactId == reachable.Id));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == message.Id.ToString() && e.Action == AuditAction.Disclosed)));

        // The recipient acknowledges through their link, with no account; a scanner following the link records nothing.
        var partner = factory.CreateBrowser();
        var ackUrl = $"/advisories/acknowledge/{message.Token}?answer=ActedOn";
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(ackUrl)).StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().Where(m => m.Id == message.Id).Select(m => m.Acknowledgement).SingleAsync()));
        var partnerSession = new Session(factory);
        var ack = await partnerSession.PostFormAsync(ackUrl, [new("Answer", "ActedOn")]);
        Assert.NotNull((await Html.ParseAsync(ack)).TestId("acknowledged"));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/advisories/acknowledge/not-a-token")).StatusCode);
        var (_, details) = await author.GetAsync($"/advisories/{id}");
        Assert.Contains("0 waiting, 0 failed; 1 acknowledged", details.TestId("progress")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Acted on it", details.TestId("recipients")!.TextContent, StringComparison.Ordinal);

        // An update goes to the same people, saying what changed.
        var update = await author.PostFormAsync($"/advisories/{id}", [], handler: "Update");
        var second = Guid.Parse(update.Headers.Location!.OriginalString.Split('/')[^2]);
        var noSummary = await author.PostFormAsync($"/advisories/{second}/edit", AdvisoryFields("Invoice fraud " + tag, "AmberStrict").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Contains("Enter what this update changes: recipients are told", (await Html.ParseAsync(noSummary)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/advisories/{second}/edit", AdvisoryFields("Invoice fraud " + tag, "AmberStrict")
            .Append(("ChangeSummary", "A second look-alike domain")).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)))).StatusCode);
        await IssueAsync(author, second);
        await DrainAsync();
        messages = (await factory.Smtp.MessagesAsync(3)).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal) && m.To.Mailboxes.Single().Address == reachable.Email).ToList();
        Assert.Contains(messages, m => (m.Subject ?? "").Contains("UPDATE: Invoice fraud", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("A second look-alike domain", StringComparison.Ordinal));
        var (_, first) = await author.GetAsync($"/advisories/{id}");
        Assert.NotNull(first.TestId("superseded"));

        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/advisories/{second}", [new("Reason", "The campaign has stopped")], handler: "Withdraw")).StatusCode);
        await DrainAsync();
        messages = (await factory.Smtp.MessagesAsync(4)).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal) && m.To.Mailboxes.Single().Address == reachable.Email).ToList();
        Assert.Contains(messages, m => (m.Subject ?? "").Contains("WITHDRAWN:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("The campaign has stopped", StringComparison.Ordinal));
        Assert.Equal(3, messages.Count); // Issue, update, withdrawal: each once, to the one reachable person.
    }

    [Fact]
    public async Task OptOut_OneClick_StopsEveryEmailToThatPerson()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (_, reachable, _, _, _) = await CommunityMemberAsync(tag);
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Opt out " + tag, "Green"));
        await IssueAsync(author, id);
        await DrainAsync();
        var token = await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().Where(m => m.AdvisoryId == id && m.ContactId == reachable.Id).Select(m => m.Token).SingleAsync());
        // RFC 8058: the mail client posts without any form token.
        var oneClick = await factory.CreateBrowser().PostAsync($"/advisories/opt-out/{token}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().Where(c => c.Id == reachable.Id).Select(c => c.OptedOut).SingleAsync()));

        var next = await WriteAsync(author, AdvisoryFields("After opt out " + tag, "Green"));
        var (_, page) = await author.GetAsync($"/advisories/{next}");
        Assert.Contains($"Reachable {tag}, Member {tag}: opted out", page.TestId("left-out")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_TwoSendersAtOnce_SendEachMessageOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var people = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var (_, reachable, _, _, _) = await CommunityMemberAsync($"{tag}{i}", member: false);
            people.Add(reachable.Email!);
        }

        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Twice " + tag, "Red", community: false, people: string.Join('\n', people)));
        await IssueAsync(author, id);
        await Task.WhenAll(DrainAsync(), DrainAsync(), DrainAsync());
        var messages = (await factory.Smtp.MessagesAsync()).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal(6, messages.Count);
        Assert.Equal(6, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(messages, m => Assert.StartsWith("[TLP:RED]", m.Subject, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Contains("It is for you alone", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicPageAndFeed_ShowIssuedClearAdvisoriesOnly_AndStixIsDeterministic()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await CommunityMemberAsync(tag);
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var clear = await WriteAsync(author, AdvisoryFields("Clear " + tag, "Clear"));
        var amber = await WriteAsync(author, AdvisoryFields("Amber " + tag, "Amber"));
        await IssueAsync(author, clear);
        await IssueAsync(author, amber);

        var anonymous = factory.CreateBrowser();
        var (_, list) = await new Session(factory).GetAsync("/advisories/public");
        Assert.Contains("Clear " + tag, list.TestId("public-advisories")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Amber " + tag, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/advisories/public/{amber}")).StatusCode);
        var feed = await anonymous.GetAsync("/advisories/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atom = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var titles = atom.Descendants(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom")).Select(t => t.Value).ToList();
        Assert.Contains($"[TLP:CLEAR] Clear {tag}", titles);
        Assert.DoesNotContain(titles, t => t.Contains("Amber " + tag, StringComparison.Ordinal));

        var first = JsonNode.Parse(await author.Client.GetStringAsync($"/advisories/{amber}/stix"))!;
        var again = JsonNode.Parse(await author.Client.GetStringAsync($"/advisories/{amber}/stix"))!;
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal("bundle", first["type"]!.GetValue<string>());
        var objects = first["objects"]!.AsArray();
        Assert.All(objects, o =>
            Assert.Equal(StixExport.MarkingId(Core.Sharing.TlpMarking.Amber), o!["object_marking_refs"]![0]!.GetValue<string>()));
        var patterns = objects.Where(o => o!["type"]!.GetValue<string>() == "indicator").Select(o => o!["pattern"]!.GetValue<string>()).ToList();
        Assert.Contains("[domain-name:value = 'invoices-now.example']", patterns);
        Assert.Contains("[ipv4-addr:value = '198.51.100.23']", patterns);
        Assert.Contains(objects, o => o!["type"]!.GetValue<string>() == "vulnerability" && o["name"]!.GetValue<string>() == "CVE-2024-3400");
        Assert.Empty(StixSchemas.Errors(first));
        // The check can fail: an indicator without its pattern, or with a malformed id, is refused by the schemas.
        var broken = JsonNode.Parse(first.ToJsonString())!;
        var brokenIndicator = broken["objects"]!.AsArray().First(o => o!["type"]!.GetValue<string>() == "indicator")!.AsObject();
        brokenIndicator.Remove("pattern");
        brokenIndicator["id"] = "indicator--not-a-uuid";
        Assert.NotEmpty(StixSchemas.Errors(broken));
        var report = objects.Single(o => o!["type"]!.GetValue<string>() == "report")!;
        Assert.Equal(objects.Count - 1, report["object_refs"]!.AsArray().Count);
    }

    [Fact]
    public async Task LinkedReportsAndLessons_ShowTheSanitisedTextOnly_AndBadReferencesAreNamed()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var report = new Core.Intelligence.IntelligenceReport
        {
            RegionCode = "EM",
            Reference = $"INT-T-{tag}",
            Title = "Linked report",
            OwningTeam = Team.CyberProtect,
            FullText = $"Full text naming the source {tag}",
            SanitisedText = $"Sanitised text {tag}",
            Status = Core.Intelligence.IntelligenceStatus.Approved,
            CreatedByName = "Test",
            CreatedAt = factory.Time.GetUtcNow(),
            UpdatedAt = factory.Time.GetUtcNow(),
        };
        var lesson = new Core.Lessons.Lesson
        {
            RegionCode = "NW",
            Reference = $"LL-T-{tag}",
            Title = $"Lesson from the north west {tag}",
            Offence = "CMA",
            AttackPath = "Path",
            Weakness = "Weakness",
            Prevention = "Prevention",
            Advice = "Advice",
            InvestigatorName = "DI",
            Tlp = Core.Sharing.TlpMarking.Green,
            Status = Core.Lessons.LessonStatus.Published,
            CreatedByName = "Test",
            CreatedAt = factory.Time.GetUtcNow(),
            UpdatedAt = factory.Time.GetUtcNow(),
            PublishedAt = factory.Time.GetUtcNow(),
        };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(report, lesson);
            return await db.SaveChangesAsync();
        });
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var bad = await author.PostFormAsync("/advisories/new", AdvisoryFields("Linked " + tag, "Green").Append(("IntelligenceReports", "INT-NOPE-000000"))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Contains("Intelligence reports line 1 ('INT-NOPE-000000'): not an approved report of your region", (await Html.ParseAsync(bad)).ErrorSummary());
        var id = await WriteAsync(author, AdvisoryFields("Linked " + tag, "Green").Append(("IntelligenceReports", report.Reference.ToLowerInvariant()))
            .Append(("Lessons", lesson.Reference)));
        var (_, page) = await author.GetAsync($"/advisories/{id}");
        var behind = page.TestId("behind-it")!.TextContent;
        Assert.Contains($"Sanitised text {tag}", behind, StringComparison.Ordinal);
        Assert.Contains($"Lesson from the north west {tag}", behind, StringComparison.Ordinal);
        Assert.DoesNotContain("naming the source", page.Body!.TextContent, StringComparison.Ordinal);
        var (_, edit) = await author.GetAsync($"/advisories/{id}/edit");
        Assert.Equal(report.Reference, edit.QuerySelector("textarea[name='IntelligenceReports']")!.TextContent.Trim());

        // Once issued (to a community member), the lesson's library page counts the advisory that named it.
        await CommunityMemberAsync(tag.ToLowerInvariant());
        var (_, before) = await author.GetAsync($"/lessons/library/{lesson.Id}");
        Assert.Null(before.TestId("advisories-using"));
        await IssueAsync(author, id);
        var (_, after) = await author.GetAsync($"/lessons/library/{lesson.Id}");
        Assert.Equal("Named by 1 issued advisory.", after.TestId("advisories-using")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnotherRegionsAdvisory_Answers404()
    {
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Regional only", "Green"));
        var theirs = await Session.SignedInAsync(factory, await Officer.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/advisories/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/advisories/{id}/indicators")).StatusCode);
    }
}
