using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;

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
            var now = factory.Time.GetUtcNow();
            if (!await sp.GetRequiredService<Core.Data.ProtectHubDbContext>().Set<AdvisoryMessage>().IgnoreQueryFilters().AnyAsync(m => m.Status == MessageStatus.Queued && m.NextAttemptAt <= now))
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
        Assert.Contains("0 waiting, 0 failed, 0 bounced; 1 acknowledged", details.TestId("progress")!.TextContent, StringComparison.Ordinal);
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
    public async Task Outbox_RecordsWhatTheRelayRefuses_AndGoesOnWithTheRest()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var people = new List<string>();
        foreach (var address in new[] { $"first-{tag}@member.example", $"gone-{tag}@rejected.test", $"full-{tag}@busy.test", $"last-{tag}@member.example" })
        {
            var (_, reachable, _, _, _) = await CommunityMemberAsync($"{tag}{people.Count}", member: false);
            await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().Where(c => c.Id == reachable.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, address).SetProperty(c => c.NormalisedEmail, address)));
            people.Add(address);
        }

        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Refused " + tag, "Red", community: false, people: string.Join('\n', people)));
        await IssueAsync(author, id);
        await DrainAsync();

        // The two accepted addresses got their message, whichever order the batch took; the refused ones none.
        var delivered = (await factory.Smtp.MessagesAsync()).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal))
            .Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal([$"first-{tag}@member.example", $"last-{tag}@member.example"], delivered);
        var messages = await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().Where(m => m.AdvisoryId == id).ToListAsync());
        var bounced = messages.Single(m => m.Email == people[1]);
        Assert.Equal(MessageStatus.Bounced, bounced.Status);
        Assert.StartsWith("550 ", bounced.LastError, StringComparison.Ordinal);
        Assert.Contains("mailbox unavailable", bounced.LastError, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == bounced.Id.ToString() && e.Action == AuditAction.Disclosed)));
        // A temporary refusal waits for a retry, alone: it neither bounces nor holds the others back.
        var busy = messages.Single(m => m.Email == people[2]);
        Assert.Equal(MessageStatus.Queued, busy.Status);
        Assert.Equal(1, busy.Attempts);
        Assert.True(busy.NextAttemptAt > factory.Time.GetUtcNow());
        Assert.StartsWith("451 ", busy.LastError, StringComparison.Ordinal);
        Assert.Equal(2, messages.Count(m => m.Status == MessageStatus.Sent));

        var (_, details) = await author.GetAsync($"/advisories/{id}");
        Assert.Contains("2 sent, 1 waiting, 0 failed, 1 bounced", details.TestId("progress")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bounced (550 ", details.TestId("recipients")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting to retry (451 ", details.TestId("recipients")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// What a killed sender leaves, made deterministically: a message handed over to the relay whose claim ran out is
    /// never sent again (it may have arrived), and is recorded as interrupted and as possibly disclosed; its untouched
    /// batch-mate is sent.
    /// </summary>
    [Fact]
    public async Task Outbox_AMessageHandedOverByASenderThatStopped_IsNeverResent_ButMarkedAndAudited()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var people = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var (_, reachable, _, _, _) = await CommunityMemberAsync($"{tag}{i}", member: false);
            people.Add(reachable.Email!);
        }

        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, AdvisoryFields("Stopped " + tag, "Red", community: false, people: people[1]));
        await IssueAsync(author, id);
        // A second message of the advisory, as a sender left it: claimed, handed to the relay, and its claim run out.
        var now = factory.Time.GetUtcNow();
        var contact = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().SingleAsync(c => c.Email == people[0]));
        await factory.WithDbAsync(async db =>
        {
            db.Add(new AdvisoryMessage
            {
                AdvisoryId = id,
                RegionCode = "EM",
                Kind = MessageKind.Issue,
                ContactId = contact.Id,
                Name = contact.FullName,
                OrganisationName = "Member",
                Email = people[0],
                Token = PublicToken.New(),
                Status = MessageStatus.Queued,
                QueuedAt = now.AddMinutes(-5),
                NextAttemptAt = now.AddMinutes(-5),
                ClaimedBy = "dead/instance",
                ClaimedUntil = now.AddSeconds(-1),
                HandedOverAt = now.AddMinutes(-3),
            });
            return await db.SaveChangesAsync();
        });
        await DrainAsync();

        var delivered = (await factory.Smtp.MessagesAsync()).Where(m => (m.Subject ?? "").Contains(tag, StringComparison.Ordinal))
            .Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal([people[1]], delivered);
        var stopped = await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().SingleAsync(m => m.AdvisoryId == id && m.Email == people[0]));
        Assert.Equal(MessageStatus.Interrupted, stopped.Status);
        Assert.Equal(AdvisoryOutbox.Interrupted, stopped.LastError);
        Assert.Null(stopped.ClaimedBy);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == stopped.Id.ToString() && e.Action == AuditAction.Disclosed).Select(e => e.Details).ToListAsync());
        Assert.Contains(audit, d => d!.Contains($"may have been emailed to {people[0]}", StringComparison.Ordinal));
        var (_, details) = await author.GetAsync($"/advisories/{id}");
        Assert.Contains("Interrupted (The sender stopped while handing it to the relay", details.TestId("recipients")!.TextContent, StringComparison.Ordinal);
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
        Assert.All(patterns, p => Assert.Null(StixPattern.Error(p))); // each parses by the OASIS patterning grammar
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

    private async Task<string> TaxiiKeyAsync(Session officer, Guid organisationId)
    {
        var made = await officer.PostFormAsync("/advisories/taxii-keys", [new("OrganisationId", organisationId.ToString())], handler: "Create");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var (_, page) = await officer.GetAsync("/advisories/taxii-keys");
        return page.TestId("new-key")!.TextContent.Trim();
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body, HttpResponseMessage Response)> TaxiiAsync(string path, string? key, string accept = "application/taxii+json;version=2.1", bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bearer ? $"Bearer {key}" : "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"misp:{key}")));
        }

        var response = await new Session(factory).Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(text), response);
    }

    private static List<System.Text.Json.Nodes.JsonObject> Objects(System.Text.Json.Nodes.JsonNode? envelope) =>
        envelope?["objects"]?.AsArray().Select(o => o!.AsObject()).ToList() ?? [];

    private static string ReportName(IEnumerable<System.Text.Json.Nodes.JsonObject> objects, string title) =>
        objects.FirstOrDefault(o => o["type"]!.GetValue<string>() == "report" && o["name"]!.GetValue<string>() == title)?["id"]?.GetValue<string>() ?? "";

    /// <summary>Issue 19: the TAXII 2.1 server, by key and by the TLP rules, paged, audited, revocable.</summary>
    [Fact]
    public async Task Taxii_AKeyReadsWhatItsOrganisationMay_InPagesAndManifests_AndNothingElse()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var member = await CommunityMemberAsync(tag);
        var outsider = await CommunityMemberAsync(tag + "x", member: false);
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var clear = await WriteAsync(officer, AdvisoryFields($"Clear {tag}", "Clear"));
        var green = await WriteAsync(officer, AdvisoryFields($"Green {tag}", "Green"));
        var amber = await WriteAsync(officer, AdvisoryFields($"Amber {tag}", "Amber"));
        var red = await WriteAsync(officer, AdvisoryFields($"Red {tag}", "Red", community: false, people: member.Reachable.Email!));
        foreach (var id in new[] { clear, green, amber, red })
        {
            await IssueAsync(officer, id);
            factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await DrainAsync();
        // The organisation's timeline shows what was sent to its people, with their answers.
        var (_, organisationPage) = await officer.GetAsync($"/partners/organisations/{member.Organisation.Id}");
        Assert.Contains($"\"Amber {tag}\" (TLP:AMBER) sent to 1 person; no answers yet", organisationPage.TestId("timeline")!.TextContent, StringComparison.Ordinal);
        var memberKey = await TaxiiKeyAsync(officer, member.Organisation.Id);
        var outsiderKey = await TaxiiKeyAsync(officer, outsider.Organisation.Id);

        // Refused: no key, a wrong media type, another region's API root.
        Assert.Equal(HttpStatusCode.Unauthorized, (await TaxiiAsync("/taxii2/", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TaxiiAsync("/taxii2/", "guessed-key")).Status);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await TaxiiAsync("/taxii2/", memberKey, accept: "application/json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await TaxiiAsync("/taxii2/nw/collections/", memberKey)).Status);

        var (status, discovery, response) = await TaxiiAsync("/taxii2/", memberKey, bearer: true);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/taxii+json; version=2.1", response.Content.Headers.ContentType!.ToString().Replace(";version", "; version", StringComparison.Ordinal));
        Assert.EndsWith("/taxii2/em/", discovery!["default"]!.GetValue<string>(), StringComparison.Ordinal);
        var (_, root, _) = await TaxiiAsync("/taxii2/em/", memberKey);
        Assert.Equal("application/taxii+json;version=2.1", root!["versions"]![0]!.GetValue<string>());

        string[] Keys(System.Text.Json.Nodes.JsonNode? list) => [.. list!["collections"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()[..9])];
        var (_, memberCollections, _) = await TaxiiAsync("/taxii2/em/collections/", memberKey);
        Assert.Equal(["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER"], Keys(memberCollections));
        var (_, outsiderCollections, _) = await TaxiiAsync("/taxii2/em/collections/", outsiderKey);
        Assert.Equal(["TLP:CLEAR", "TLP:AMBER"], Keys(outsiderCollections)); // not in the community: no GREEN
        string CollectionOf(System.Text.Json.Nodes.JsonNode? list, string prefix) => list!["collections"]!.AsArray().Single(c => c!["title"]!.GetValue<string>().StartsWith(prefix, StringComparison.Ordinal))!["id"]!.GetValue<string>();
        var clearId = CollectionOf(memberCollections, "TLP:CLEAR");
        var greenId = CollectionOf(memberCollections, "TLP:GREEN");
        var amberId = CollectionOf(memberCollections, "TLP:AMBER");
        Assert.Equal(HttpStatusCode.NotFound, (await TaxiiAsync($"/taxii2/em/collections/{greenId}/objects/", outsiderKey)).Status);

        // Each collection holds its marking's advisories; AMBER only what was sent to the organisation; RED never.
        var everything = new List<System.Text.Json.Nodes.JsonObject>();
        foreach (var collection in new[] { clearId, greenId, amberId })
        {
            var (_, envelope, _) = await TaxiiAsync($"/taxii2/em/collections/{collection}/objects/", memberKey);
            everything.AddRange(Objects(envelope));
        }

        Assert.NotEmpty(ReportName(everything, $"Clear {tag}"));
        Assert.NotEmpty(ReportName(everything, $"Green {tag}"));
        Assert.NotEmpty(ReportName(everything, $"Amber {tag}"));
        Assert.Empty(ReportName(everything, $"Red {tag}"));
        var (_, outsiderAmber, _) = await TaxiiAsync($"/taxii2/em/collections/{amberId}/objects/", outsiderKey);
        Assert.Empty(ReportName(Objects(outsiderAmber), $"Amber {tag}"));
        var stixBundle = new System.Text.Json.Nodes.JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = new System.Text.Json.Nodes.JsonArray([.. everything.Select(o => o.DeepClone())]) };
        Assert.Empty(StixSchemas.Errors(stixBundle));

        // Pages of two follow on from each other, with nothing twice and nothing missed; the manifest names the same objects.
        var (_, whole, wholeResponse) = await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/", memberKey);
        var all = Objects(whole).Select(o => o["id"]!.GetValue<string>()).ToList();
        var paged = new List<string>();
        string? next = null;
        do
        {
            var (pageStatus, page, _) = await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/?limit=2" + (next is null ? "" : "&next=" + next), memberKey);
            Assert.Equal(HttpStatusCode.OK, pageStatus);
            Assert.True(Objects(page).Count <= 2);
            paged.AddRange(Objects(page).Select(o => o["id"]!.GetValue<string>()));
            next = page!["more"]!.GetValue<bool>() ? page["next"]!.GetValue<string>() : null;
        }
        while (next is not null);
        Assert.Equal(all, paged);
        var (_, manifest, _) = await TaxiiAsync($"/taxii2/em/collections/{clearId}/manifest/", memberKey);
        Assert.Equal(all, Objects(manifest).Select(o => o["id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/?next=made-up", memberKey)).Status);
        var indicatorsOnly = Objects((await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/?match[type]=indicator", memberKey)).Body);
        Assert.NotEmpty(indicatorsOnly);
        Assert.All(indicatorsOnly, o => Assert.Equal("indicator", o["type"]!.GetValue<string>()));

        // Nothing new since the last object added; a withdrawal adds the advisory's objects again, revoked.
        var last = wholeResponse.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        Assert.Empty(Objects((await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/?added_after={last}", memberKey)).Body));
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/advisories/{clear}", [new("Reason", "Sent in error")], handler: "Withdraw")).StatusCode);
        var revoked = Objects((await TaxiiAsync($"/taxii2/em/collections/{clearId}/objects/?added_after={last}", memberKey)).Body);
        Assert.Contains(revoked, o => o["type"]!.GetValue<string>() == "report" && o["name"]!.GetValue<string>() == $"Clear {tag}" && o["revoked"]!.GetValue<bool>());

        // Every poll that gave objects is a disclosure in the audit log; a revoked key reads nothing.
        var keyId = await factory.WithDbAsync(db => db.Set<PartnerLink>().IgnoreQueryFilters().Where(l => l.OrganisationId == member.Organisation.Id && l.Purpose == PartnerLinkPurpose.Taxii).Select(l => l.Id).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == Core.Audit.AuditAction.Disclosed && e.RecordType == "PartnerLink" && e.RecordId == keyId.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/advisories/taxii-keys", [new("LinkId", keyId.ToString())], handler: "Revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TaxiiAsync("/taxii2/em/collections/", memberKey)).Status);
    }

    private static async Task<AngleSharp.Dom.IDocument> ImportBundleAsync(Session session, string json, string name = "bundle.json")
    {
        var (_, form) = await session.GetAsync("/advisories/new");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("form[enctype] input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "bundle", name },
        };
        var response = await session.Client.PostAsync("/advisories/new?handler=Import", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    /// <summary>Issue 19: a STIX bundle made elsewhere fills the advisory form; ours reads back unchanged; bad content is named.</summary>
    [Fact]
    public async Task StixImport_FillsTheForm_KeepsAsideWhatIsNotAnAdvisory_ReadsOurExportBackUnchanged_AndNamesBadObjects()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await CommunityMemberAsync(tag);
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(officer, AdvisoryFields($"Round trip {tag}", "Amber"));
        await IssueAsync(officer, id);
        var exported = await officer.Client.GetStringAsync($"/advisories/{id}/stix");

        var back = await ImportBundleAsync(officer, exported);
        Assert.NotNull(back.TestId("imported"));
        Assert.Equal($"Round trip {tag}", back.QuerySelector("input[name='Title']")!.GetAttribute("value"));
        Assert.Equal("Criminals are sending fake invoices from look-alike supplier domains.", back.QuerySelector("textarea[name='Summary']")!.TextContent);
        Assert.Equal("Check any change of bank details by phone, using a number you already hold.", back.QuerySelector("textarea[name='RecommendedActions']")!.TextContent);
        Assert.Equal("Amber", back.QuerySelector("input[name='TlpMarking'][checked]")!.GetAttribute("value"));
        var original = await factory.WithDbAsync(db => db.Set<AdvisoryIndicator>().IgnoreQueryFilters().Where(i => i.AdvisoryId == id).Select(i => i.Value).ToListAsync());
        var lines = back.QuerySelector("textarea[name='Indicators']")!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(original.Order(), lines.Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..]).Order());

        // A MISP-style bundle: TLP 1.0 marking, an indicator joined by OR, what is not an advisory kept aside.
        var misp = $$$"""
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
              {"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp", "name": "TLP:AMBER", "definition": {"tlp": "amber"}},
              {"type": "report", "spec_version": "2.1", "id": "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3", "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z", "name": "Parcel smishing {{{tag}}}", "description": "Texts claiming a missed parcel lead to a card-harvesting page.", "published": "2026-11-01T10:00:00.000Z", "object_refs": ["indicator--2b6c8f3d-9f6a-4d8e-8b8a-1e2f3a4b5c6d"], "object_marking_refs": ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]},
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--2b6c8f3d-9f6a-4d8e-8b8a-1e2f3a4b5c6d", "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z", "pattern": "[domain-name:value = 'parcel-redelivery.example' OR domain-name:value = 'parcels-uk.example']", "pattern_type": "stix", "valid_from": "2026-11-01T10:00:00Z"},
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z", "pattern": "[file:name = 'invoice.exe' AND file:size > 1000]", "pattern_type": "stix", "valid_from": "2026-11-01T10:00:00Z"},
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--aaaaaaaa-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z", "pattern": "title: suspicious", "pattern_type": "sigma", "valid_from": "2026-11-01T10:00:00Z"},
              {"type": "malware", "spec_version": "2.1", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b", "created": "2026-11-01T10:00:00.000Z", "modified": "2026-11-01T10:00:00.000Z", "name": "FakeParcel", "is_family": true}
            ]}
            """;
        var filled = await ImportBundleAsync(officer, misp);
        Assert.Equal($"Parcel smishing {tag}", filled.QuerySelector("input[name='Title']")!.GetAttribute("value"));
        Assert.Equal("Amber", filled.QuerySelector("input[name='TlpMarking'][checked]")!.GetAttribute("value"));
        Assert.Equal("domain: parcel-redelivery.example\ndomain: parcels-uk.example", filled.QuerySelector("textarea[name='Indicators']")!.TextContent.Trim());
        var aside = filled.TestId("kept-aside")!.TextContent;
        Assert.Contains("indicator--0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f (a pattern", aside, StringComparison.Ordinal);
        Assert.Contains("indicator--aaaaaaaa-4a5b-4c6d-8e7f-9a0b1c2d3e4f (an indicator in sigma", aside, StringComparison.Ordinal);
        Assert.Contains("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b (malware)", aside, StringComparison.Ordinal);
        Assert.Equal("", filled.QuerySelector("textarea[name='RecommendedActions']")!.TextContent); // not in the bundle: for the officer to write

        // Not STIX, or objects that break it: refused by object id and reason, nothing filled.
        Assert.Contains("The file is not JSON", string.Join(" ", (await ImportBundleAsync(officer, "{ not json")).ErrorSummary()), StringComparison.Ordinal);
        var broken = await ImportBundleAsync(officer, """
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--11111111-2222-4333-8444-555555555555", "pattern_type": "stix"},
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--66666666-2222-4333-8444-555555555555", "pattern": "[ipv4-addr:value = '999.1.1.1']", "pattern_type": "stix"},
              {"type": "report", "id": "report--not-a-uuid", "name": "x"},
              {"type": "indicator", "spec_version": "2.1", "id": "indicator--77777777-2222-4333-8444-555555555555", "pattern": "[domain-name:value = 'unclosed.example'", "pattern_type": "stix"}
            ]}
            """);
        Assert.Equal(["The bundle has 4 problems, listed under the file box: nothing was filled"], broken.ErrorSummary());
        var errors = broken.TestId("bundle-problems")!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains("indicator--11111111-2222-4333-8444-555555555555: an indicator must have a pattern", errors);
        Assert.Contains(errors, e => e.StartsWith("indicator--66666666-2222-4333-8444-555555555555: '999.1.1.1' is not a valid", StringComparison.Ordinal));
        Assert.Contains("report--not-a-uuid: the id must be \"report--\" followed by a UUID", errors);
        Assert.Contains("indicator--77777777-2222-4333-8444-555555555555: the pattern is not valid STIX patterning, at character 40: the pattern ends where ']' closing the observation was expected", errors);
        Assert.Null(broken.TestId("imported"));
        Assert.Equal("", broken.QuerySelector("input[name='Title']")!.GetAttribute("value") ?? "");
    }

    /// <summary>Issue 19: TLP:AMBER and RED advisories remind the not-yet-acknowledged once, a set time after issue.</summary>
    [Fact]
    public async Task TimedReminder_GoesOnceToWhoeverHasNotAcknowledged_AfterTheSetDays()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var member = await CommunityMemberAsync(tag);
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var amber = await WriteAsync(officer, AdvisoryFields($"Remind {tag}", "Amber"));
        var green = await WriteAsync(officer, AdvisoryFields($"No reminder {tag}", "Green"));
        await IssueAsync(officer, amber);
        await IssueAsync(officer, green);
        await DrainAsync();

        // The job as the daily worker runs it: under its lease, so the worker and this call never both remind.
        Task<int> RemindAsync() => factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test reminders");
            return await sp.GetRequiredService<Core.Data.JobLeases>().TryAcquireAsync("advisory-reminders", TimeSpan.FromMinutes(1))
                ? await sp.GetRequiredService<AdvisoryReminders>().RemindDueAsync() : 0;
        });
        Task<int> RemindersAsync(Guid id) => factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().CountAsync(m => m.AdvisoryId == id && m.Kind == MessageKind.Reminder));

        await RemindAsync();
        Assert.Equal(0, await RemindersAsync(amber)); // not yet: issued minutes ago
        factory.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await RemindAsync();
        for (var i = 0; i < 50 && await RemindersAsync(amber) == 0; i++)
        {
            await Task.Delay(100); // or the daily worker, woken by the clock, took the lease and is reminding
        }

        // Everyone it reached who has not answered (the community holds other tests' members too), once each.
        var unanswered = await factory.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters()
            .CountAsync(m => m.AdvisoryId == amber && m.Kind == MessageKind.Issue && m.Status == MessageStatus.Sent && m.Acknowledgement == null));
        Assert.True(unanswered >= 1);
        for (var i = 0; i < 50 && await RemindersAsync(amber) < unanswered; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(unanswered, await RemindersAsync(amber));
        Assert.Equal(0, await RemindersAsync(green)); // TLP:GREEN is not reminded
        await DrainAsync();
        Assert.Contains(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Any(b => b.Address == member.Reachable.Email) && (m.Subject ?? "").Contains("Reminder", StringComparison.OrdinalIgnoreCase));
        factory.Time.Advance(TimeSpan.FromDays(1));
        await factory.WithDbAsync(db => db.Set<Core.Data.JobLease>().Where(l => l.Name == "advisory-reminders").ExecuteDeleteAsync());
        await RemindAsync();
        Assert.Equal(unanswered, await RemindersAsync(amber)); // once only
    }
}
