using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

public sealed class PartnersTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    /// <summary>Stores an organisation straight into the database (as the system), for tests that need many or another region's.</summary>
    private Task<Organisation> SeedOrganisationAsync(string name, string region = "EM", string? force = null, char? sector = 'J',
        SizeBand? size = SizeBand.Small, string? postcode = null, string? town = null) =>
        new TestData(factory).CreateOrganisationAsync(name, region, force, sector, size, postcode, town);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task CreateOrganisation_BadInput_ShowsEveryErrorInFieldOrderAndKeepsWhatWasTyped()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var page = await Html.ParseAsync(await session.PostFormAsync("/partners/organisations/new", [
            F("Input.Name", ""), F("Input.Kind", "Business"), F("Input.ForceCode", "CLEVELAND"),
            F("Input.Postcode", "LE1 ZZZ"), F("Input.Website", "not a website"), F("Input.CompaniesHouseNumber", "XX12"),
        ]));
        Assert.Equal(
        [
            "Enter the organisation's name",
            "Select the size of the business",
            "Select a force area in your region",
            "Enter a real UK postcode, like LE1 6ZG",
            "Enter a website address in the correct format, like www.example.co.uk",
            "Enter a Companies House number in the correct format, like 01234567 or SC123456",
        ], page.ErrorSummary());
        Assert.Equal("LE1 ZZZ", page.QuerySelector("#Input_Postcode")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CreateOrganisation_LooksLikeAnExistingOne_WarnsThenCreatesWhenConfirmed()
    {
        await SeedOrganisationAsync("Acme Widgets Ltd", postcode: "LE1 6ZG");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        KeyValuePair<string, string>[] fields = [
            F("Input.Name", "ACME widgets limited"), F("Input.Kind", "Business"), F("Input.Size", "Micro"), F("Input.Sector", "C"),
            F("Input.ForceCode", "LEICESTERSHIRE"), F("Input.Postcode", "le16zg"), F("Input.CompaniesHouseNumber", "1234567"),
        ];
        var warned = await Html.ParseAsync(await session.PostFormAsync("/partners/organisations/new", fields));
        Assert.Contains("Acme Widgets Ltd", warned.TestId("duplicate-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("same name", warned.TestId("duplicate-warning")!.TextContent, StringComparison.Ordinal);

        var created = await session.PostFormAsync("/partners/organisations/new", [.. fields, F("ConfirmDifferent", "yes")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, details) = await session.GetAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("ACME widgets limited", details.TestId("organisation-name")!.TextContent);
        var text = details.TestId("organisation-details")!.TextContent;
        Assert.Contains("LE1 6ZG", text, StringComparison.Ordinal);
        Assert.Contains("01234567", text, StringComparison.Ordinal);
        Assert.Contains("Leicestershire Police", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationList_FiltersSortsAndPagesOnTheServer_WithinTheRegionOnly()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 27; i++)
        {
            await SeedOrganisationAsync($"Paging {tag} {i:D2}", sector: 'K', size: i % 2 == 0 ? SizeBand.Micro : SizeBand.Large, town: $"Town {26 - i:D2}");
        }

        var elsewhere = await SeedOrganisationAsync($"Paging {tag} far away", region: "NW");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        var (_, first) = await session.GetAsync($"/partners/organisations?Q=paging+{tag}");
        Assert.Equal("27 organisations", first.TestId("organisation-count")!.TextContent.Trim());
        Assert.Equal(25, first.QuerySelectorAll("[data-testid='organisation-row']").Length);
        var (_, second) = await session.GetAsync($"/partners/organisations?page=2&Q=paging+{tag}");
        Assert.Equal([$"Paging {tag} 25", $"Paging {tag} 26"], second.QuerySelectorAll("[data-testid='organisation-row'] a").Select(a => a.TextContent));
        Assert.DoesNotContain("far away", first.Body!.TextContent + second.Body!.TextContent, StringComparison.Ordinal);

        var (_, micro) = await session.GetAsync($"/partners/organisations?Q=paging+{tag}&Size=Micro&Sector=K");
        Assert.Equal("14 organisations", micro.TestId("organisation-count")!.TextContent.Trim());
        var (_, newest) = await session.GetAsync($"/partners/organisations?Q=paging+{tag}&Sort=NewestFirst");
        Assert.Equal(25, newest.QuerySelectorAll("[data-testid='organisation-row']").Length);
        var (_, byTown) = await session.GetAsync($"/partners/organisations?Q=paging+{tag}&Sort=Town");
        Assert.Equal($"Paging {tag} 26", byTown.QuerySelector("[data-testid='organisation-row'] a")!.TextContent);

        var export = await (await session.Client.GetAsync($"/partners/organisations?handler=export&format=csv&Q=paging+{tag}&Size=Micro")).Content.ReadAsStringAsync();
        var exported = export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(14, exported.Count); // The whole filtered list, not one page, and nothing of another region.
        Assert.All(exported, line => Assert.Contains("Micro", line, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/partners/organisations/{elsewhere.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/partners/organisations/{elsewhere.Id}/edit")).StatusCode);
    }

    [Fact]
    public async Task OrganisationSearch_ForACommonWord_PagesInNameOrder()
    {
        // More matches than the count limit: the page is found by walking the names in order, not by sorting the matches.
        var tag = "w" + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            var force = Core.Regions.PoliceReferenceData.Forces.First(f => f.RegionCode == "EM").Code;
            db.AddRange(Enumerable.Range(1, 1_030).Select(i => new Organisation
            {
                Name = i % 2 == 0 ? $"{tag} Works {i:D4}" : $"The {tag} Trust {i:D4}",
                NormalisedName = $"org {tag} {i}",
                RegionCode = "EM",
                ForceCode = force,
                Kind = OrganisationKind.Business,
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });
        var expected = Enumerable.Range(1, 1_030).Select(i => i % 2 == 0 ? $"{tag} Works {i:D4}" : $"The {tag} Trust {i:D4}").Order(StringComparer.Ordinal).ToList();
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        var (_, first) = await session.GetAsync($"/partners/organisations?Q={tag}");
        Assert.Equal("More than 1,000 organisations", first.TestId("organisation-count")!.TextContent.Trim());
        Assert.Equal(expected.Take(25), first.QuerySelectorAll("[data-testid='organisation-row'] a").Select(a => a.TextContent));
        var (_, later) = await session.GetAsync($"/partners/organisations?Q={tag}&page=21");
        Assert.Equal(expected.Skip(500).Take(25), later.QuerySelectorAll("[data-testid='organisation-row'] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task OrganisationSearch_Total_IsSharedUntilAnOrganisationOrMembershipChanges()
    {
        // The total is kept for the region's officers between changes: each kind of change must show in the next count.
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var first = await SeedOrganisationAsync($"{tag} Works", postcode: "NG1 5FS");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        async Task<string> CountAsync(string query) => (await session.GetAsync($"/partners/organisations?Q={tag}{query}")).Document.TestId("organisation-count")!.TextContent.Trim();
        Assert.Equal("1 organisation", await CountAsync(""));
        Assert.Equal("0 organisations", await CountAsync("&Membership=CyberEssentials"));

        var second = await SeedOrganisationAsync($"{tag} Works Ltd", postcode: "NG1 5FS");
        Assert.Equal("2 organisations", await CountAsync(""));

        var added = await session.PostFormAsync($"/partners/organisations/{first.Id}/memberships/new", [F("Kind", "CyberEssentials"),
            F("StartedOn.Day", "1"), F("StartedOn.Month", "4"), F("StartedOn.Year", "2026"), F("ExpiresOn.Day", "31"), F("ExpiresOn.Month", "3"), F("ExpiresOn.Year", "2027")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("1 organisation", await CountAsync("&Membership=CyberEssentials"));

        var merged = await session.PostFormAsync($"/partners/organisations/{first.Id}/merge", [F("DuplicateId", second.Id.ToString()), F("Reason", "Same company entered twice")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("1 organisation", await CountAsync(""));
    }

    [Fact]
    public async Task ContactTotals_AreSharedUntilAContactChanges_IncludingContactsMovedByAnOrganisationMerge()
    {
        var tag = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employer, duplicate) = (await SeedOrganisationAsync($"{tag} Employer"), await SeedOrganisationAsync($"{tag} Employer Ltd"));
        var data = new TestData(factory);
        await data.CreateContactAsync(employer.Id, $"Alex {tag}");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        async Task<string> CountAsync(string query) => (await session.GetAsync($"/partners/contacts?{query}")).Document.TestId("contact-count")!.TextContent.Trim();
        Assert.Equal("1 contact", await CountAsync($"q={tag}"));
        Assert.Equal("1 contact", await CountAsync($"Organisation={employer.Id}"));
        Assert.Equal("0 contacts", await CountAsync($"Organisation={duplicate.Id}"));

        await data.CreateContactAsync(duplicate.Id, $"Billie {tag}");
        Assert.Equal("2 contacts", await CountAsync($"q={tag}"));
        Assert.Equal("1 contact", await CountAsync($"Organisation={duplicate.Id}"));
        Assert.Equal("1 contact", await CountAsync($"Organisation={employer.Id}"));

        // The merge moves contacts with one UPDATE, past the change tracker: the per-organisation totals must still follow.
        var merged = await session.PostFormAsync($"/partners/organisations/{employer.Id}/merge", [F("DuplicateId", duplicate.Id.ToString()), F("Reason", "Same company entered twice")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("2 contacts", await CountAsync($"Organisation={employer.Id}"));
        Assert.Equal("2 contacts", await CountAsync($"q={tag}"));
    }

    [Fact]
    public async Task Memberships_CertificateNeedsExpiry_AndCurrentOnesAreFilterable()
    {
        var organisation = await SeedOrganisationAsync($"Certified {Guid.NewGuid():N}");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var url = $"/partners/organisations/{organisation.Id}/memberships/new";
        var missing = await Html.ParseAsync(await session.PostFormAsync(url, [F("Kind", "CyberEssentials"), F("StartedOn.Day", "1"), F("StartedOn.Month", "4"), F("StartedOn.Year", "2026")]));
        Assert.Equal(["Enter the date the certificate expires"], missing.ErrorSummary());

        var saved = await session.PostFormAsync(url, [F("Kind", "CyberEssentials"), F("StartedOn.Day", "1"), F("StartedOn.Month", "4"), F("StartedOn.Year", "2026"),
            F("ExpiresOn.Day", "31"), F("ExpiresOn.Month", "3"), F("ExpiresOn.Year", "2027")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, details) = await session.GetAsync($"/partners/organisations/{organisation.Id}");
        Assert.Contains("Cyber Essentials", details.TestId("memberships")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Current", details.TestId("memberships")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cyber Essentials from 1 April 2026", details.TestId("timeline")!.TextContent, StringComparison.Ordinal);

        var (_, filtered) = await session.GetAsync($"/partners/organisations?Q={Uri.EscapeDataString(organisation.Name)}&Membership=CyberEssentials");
        Assert.Equal("1 organisation", filtered.TestId("organisation-count")!.TextContent.Trim());
        var (_, notMember) = await session.GetAsync($"/partners/organisations?Q={Uri.EscapeDataString(organisation.Name)}&Membership=PoliceCyberAlarm");
        Assert.Equal("0 organisations", notMember.TestId("organisation-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Partnership_NeedsALeadOfTheRegion_AndShowsItsReviewDate()
    {
        var organisation = await SeedOrganisationAsync($"Partner {Guid.NewGuid():N}");
        var officer = await _users.BuildAsync();
        var outsider = await _users.InRegion("SW").BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var url = $"/partners/organisations/{organisation.Id}/partnerships/new";
        var bad = await Html.ParseAsync(await session.PostFormAsync(url, [F("Kind", "MemorandumOfUnderstanding"), F("StartsOn.Day", "1"), F("StartsOn.Month", "6"),
            F("StartsOn.Year", "2026"), F("ReviewOn.Day", "1"), F("ReviewOn.Month", "1"), F("ReviewOn.Year", "2026"), F("LeadOfficerId", outsider.Id.ToString())]));
        Assert.Equal(["Review date must be after the start date", "Select the lead officer"], bad.ErrorSummary());

        var saved = await session.PostFormAsync(url, [F("Kind", "MemorandumOfUnderstanding"), F("StartsOn.Day", "1"), F("StartsOn.Month", "6"),
            F("StartsOn.Year", "2025"), F("ReviewOn.Day", "1"), F("ReviewOn.Month", "6"), F("ReviewOn.Year", "2026"), F("LeadOfficerId", officer.Id.ToString()), F("Notes", "MoU signed by both chiefs")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await session.GetAsync($"/partners/organisations/{organisation.Id}");
        var table = page.TestId("partnerships")!.TextContent;
        Assert.Contains("Memorandum of understanding (MoU)", table, StringComparison.Ordinal);
        Assert.Contains("Review due", table, StringComparison.Ordinal); // 1 June 2026 is before the test clock's 2 November 2026.
        Assert.Contains("led by Test Officer", page.TestId("timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_AppearNewestFirstOnTheTimeline()
    {
        var organisation = await SeedOrganisationAsync($"Noted {Guid.NewGuid():N}");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var url = $"/partners/organisations/{organisation.Id}";
        var empty = await Html.ParseAsync(await session.PostFormAsync(url, [F("Note", "  ")], handler: "Note"));
        Assert.Equal(["Enter the note"], empty.ErrorSummary());
        await session.PostFormAsync(url, [F("Note", "First meeting with the IT manager")], handler: "Note");
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        await session.PostFormAsync(url, [F("Note", "Agreed to host a workshop")], handler: "Note");
        var (_, page) = await session.GetAsync(url);
        var items = page.QuerySelectorAll("[data-testid='timeline'] li").Select(li => li.TextContent).ToList();
        Assert.Contains("Agreed to host a workshop", items[0], StringComparison.Ordinal);
        Assert.Contains("First meeting with the IT manager", items[1], StringComparison.Ordinal);
        Assert.Contains("Organisation recorded", items[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_InterleavesEveryKindOfItemByTime_NewestFirst()
    {
        // Partnerships and memberships come from the page's own lists; contacts, notes and merged duplicates from one
        // combined query: the order must hold across both.
        var organisation = await SeedOrganisationAsync($"Mixed {Guid.NewGuid():N}");
        var duplicate = await SeedOrganisationAsync($"Mixed duplicate {Guid.NewGuid():N}");
        var officer = await _users.BuildAsync();
        var t = factory.Time.GetUtcNow().AddDays(1);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Contact { RegionCode = "EM", OrganisationId = organisation.Id, FullName = "Carol Contact", CreatedAt = t.AddMinutes(1) });
            db.Add(new OrganisationNote { OrganisationId = organisation.Id, Text = "Met the board", AuthorName = "Test Officer", WrittenAt = t.AddMinutes(2) });
            db.Add(new Partnership
            {
                OrganisationId = organisation.Id,
                Kind = PartnershipKind.TradeBody,
                StartsOn = new DateOnly(2026, 1, 5),
                LeadOfficerId = officer.Id,
                LeadOfficerName = "Lead Person",
                RecordedAt = t.AddMinutes(3),
            });
            db.Add(new Membership { OrganisationId = organisation.Id, Kind = MembershipKind.CyberEssentials, StartedOn = new DateOnly(2026, 2, 1), RecordedAt = t.AddMinutes(4) });
            db.Add(new OrganisationNote { OrganisationId = organisation.Id, Text = "Followed up", AuthorName = "Test Officer", WrittenAt = t.AddMinutes(6) });
            // Engagements (a query of their own) interleave too, each with its kind, status and people reached.
            ProtectHub.Core.Engagements.Engagement Engagement(string title, ProtectHub.Core.Engagements.EngagementKind kind, DateTimeOffset at,
                ProtectHub.Core.Engagements.EngagementStatus status, int? reached) => new()
                {
                    RegionCode = "EM",
                    ForceCode = "NOTTS",
                    Title = title,
                    Kind = kind,
                    StartsAt = at,
                    Status = status,
                    PeopleReached = reached,
                    LeadOfficerId = officer.Id,
                    LeadOfficerName = "Lead Person",
                    OrganisationIds = [organisation.Id],
                    CreatedAt = t,
                };
            db.Add(Engagement("Phishing drill", ProtectHub.Core.Engagements.EngagementKind.Exercise, t.AddMinutes(7), ProtectHub.Core.Engagements.EngagementStatus.Delivered, 12));
            db.Add(Engagement("Board briefing", ProtectHub.Core.Engagements.EngagementKind.Briefing, t.AddSeconds(30), ProtectHub.Core.Engagements.EngagementStatus.Planned, null));
            var merged = await db.Set<Organisation>().SingleAsync(o => o.Id == duplicate.Id);
            merged.MergedIntoId = organisation.Id;
            merged.CreatedAt = t.AddMinutes(5);
            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, officer);
        var (_, page) = await session.GetAsync($"/partners/organisations/{organisation.Id}");
        var items = page.QuerySelectorAll("[data-testid='timeline'] li").Select(li => li.TextContent).ToList();
        string[] expected = ["Exercise (for example Exercise in a Box, tabletop): Phishing drill (delivered, 12 people reached)", "Followed up",
            $"Merged in the duplicate record \"{duplicate.Name}\"", "Cyber Essentials", "led by Lead Person", "Test Officer: Met the board",
            "Contact added: Carol Contact", "Briefing: Board briefing (planned)", "Organisation recorded"];
        Assert.Equal(expected.Length, items.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], items[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Timeline_ShowsFiftyItemsAPage_NewestFirst_WithOlderAndNewerLinks()
    {
        var organisation = await SeedOrganisationAsync($"Busy {Guid.NewGuid():N}");
        var start = factory.Time.GetUtcNow().AddDays(1);
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 60).Select(i => new OrganisationNote
            {
                OrganisationId = organisation.Id,
                Text = $"Note number {i}",
                AuthorName = "Test Officer",
                WrittenAt = start.AddMinutes(i),
            }));
            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var url = $"/partners/organisations/{organisation.Id}";

        var (_, first) = await session.GetAsync(url);
        var items = first.QuerySelectorAll("[data-testid='timeline'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(OrganisationTimeline.TimelinePageSize, items.Count);
        Assert.Contains("Note number 60", items[0], StringComparison.Ordinal);
        Assert.Contains("Note number 11", items[^1], StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("[data-testid='timeline-pages'] a[rel='prev']"));
        var older = first.QuerySelector("[data-testid='timeline-pages'] a[rel='next']")!;
        Assert.Equal(("?timeline=2#timeline", "Older page"), (older.GetAttribute("href"), older.TextContent));

        var (_, second) = await session.GetAsync(url + "?timeline=2");
        var rest = second.QuerySelectorAll("[data-testid='timeline'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(11, rest.Count);
        Assert.Contains("Note number 10", rest[0], StringComparison.Ordinal);
        Assert.Contains("Organisation recorded", rest[^1], StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("[data-testid='timeline-pages'] a[rel='next']"));
        Assert.Equal("?timeline=1#timeline", second.QuerySelector("[data-testid='timeline-pages'] a[rel='prev']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Merge_MovesContactsAndMembershipsKeepsTheDuplicateAndAuditsIt()
    {
        var name = $"Merge Test {Guid.NewGuid():N}";
        var keep = await SeedOrganisationAsync(name, postcode: "NG1 5FS");
        var duplicate = await SeedOrganisationAsync(name + " Ltd", postcode: "NG1 5FS");
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var contact = await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Dana Duplicate"), F("Input.OrganisationId", duplicate.Id.ToString()),
            F("Input.LawfulBasis", "LegitimateInterests")]);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);

        var noReason = await Html.ParseAsync(await session.PostFormAsync($"/partners/organisations/{keep.Id}/merge", [F("DuplicateId", duplicate.Id.ToString())]));
        Assert.Equal(["Enter why you are merging the records"], noReason.ErrorSummary());
        var merged = await session.PostFormAsync($"/partners/organisations/{keep.Id}/merge", [F("DuplicateId", duplicate.Id.ToString()), F("Reason", "Same company entered twice")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var (_, kept) = await session.GetAsync($"/partners/organisations/{keep.Id}");
        Assert.Contains("Dana Duplicate", kept.TestId("contacts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Merged in the duplicate record", kept.TestId("timeline")!.TextContent, StringComparison.Ordinal);
        var old = await session.Client.GetAsync($"/partners/organisations/{duplicate.Id}");
        Assert.Equal($"/partners/organisations/{keep.Id}", old.Headers.Location!.OriginalString);
        var stillStored = await factory.WithDbAsync(db => db.Set<Organisation>().IncludingMerged().CountAsync(o => o.Id == duplicate.Id && o.MergedIntoId == keep.Id));
        Assert.Equal(1, stillStored);
        var combined = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Combined && e.RecordId == keep.Id.ToString() && e.ActorId == officer.Id));
        Assert.Equal(1, combined);
    }

    [Fact]
    public async Task Contacts_ConsentRules_Duplicates_OptOut_AndAuditOfEveryViewAndChange()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var email = $"pat.{Guid.NewGuid():N}@example.com";
        var consentMissing = await Html.ParseAsync(await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Pat Partner"),
            F("Input.Email", email), F("Input.LawfulBasis", "Consent"), F("Input.Preferences", "Email"), F("Input.Phone", "12ab")]));
        Assert.Equal(["Enter a telephone number, like 01632 960 001 or +44 7700 900 982", "Enter the date consent was given",
            "Enter how consent was given, for example 'signed up at the event'"], consentMissing.ErrorSummary());

        KeyValuePair<string, string>[] valid = [F("Input.FullName", "Pat Partner"), F("Input.Email", email), F("Input.LawfulBasis", "Consent"),
            F("Input.ConsentGivenOn.Day", "1"), F("Input.ConsentGivenOn.Month", "10"), F("Input.ConsentGivenOn.Year", "2026"),
            F("Input.ConsentMethod", "Signed up at the event"), F("Input.Preferences", "Email"), F("Input.Preferences", "Phone"), F("Input.Phone", "01632 960 001")];
        var created = await session.PostFormAsync("/partners/contacts/new", valid);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        var again = await Html.ParseAsync(await session.PostFormAsync("/partners/contacts/new", valid.Select(f => f.Key == "Input.Email" ? F(f.Key, email.ToUpperInvariant()) : f)));
        Assert.Contains("same email address", again.TestId("duplicate-warning")!.TextContent, StringComparison.Ordinal);

        var (_, details) = await session.GetAsync(url);
        Assert.Equal("email, phone", details.TestId("preferences")!.TextContent);
        await session.PostFormAsync(url + "/opt-out", [F("Reason", "Asked by phone not to be contacted")]);
        var (_, optedOut) = await session.GetAsync(url);
        Assert.NotNull(optedOut.TestId("opted-out"));
        Assert.Equal("No way agreed", optedOut.TestId("preferences")!.TextContent);
        var stored = await factory.WithDbAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));
        Assert.False(stored.MayBeEmailed);

        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == id.ToString() && e.ActorId == officer.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.Collected, actions);
        Assert.Contains(AuditAction.Viewed, actions);
        Assert.Contains(AuditAction.Altered, actions);
    }

    [Fact]
    public async Task Export_ContactsAsCsvAndXlsx_IsFormulaSafeRegionScopedAndAuditedAsADisclosure()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", $"=HYPERLINK(\"http://evil\") {tag}"), F("Input.LawfulBasis", "PublicTask")]);
        var other = await Session.SignedInAsync(factory, await _users.InRegion("NW").BuildAsync());
        await other.PostFormAsync("/partners/contacts/new", [F("Input.FullName", $"Elsewhere {tag}"), F("Input.LawfulBasis", "PublicTask")]);

        var csv = await session.Client.GetAsync($"/partners/contacts?handler=export&format=csv&Q={tag}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", string.Join('\n', lines), StringComparison.Ordinal);

        var xlsx = await session.Client.GetAsync($"/partners/contacts?handler=export&format=xlsx&Q={tag}");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("'=HYPERLINK", (string)rows.Single()["Full name"]!, StringComparison.Ordinal);

        var disclosures = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Disclosed && e.ActorId == officer.Id).ToListAsync());
        Assert.Equal(2, disclosures.Count);
        Assert.All(disclosures, d => Assert.Equal($"Exported 1 rows as {(d.Details!.Contains("XLSX", StringComparison.Ordinal) ? "XLSX" : "CSV")}. Filters: Q={tag}", d.Details));
    }

    [Fact]
    public async Task ContactSearch_FindsWordsStartingWithEachWordTyped_InNameOrder_AndFollowsRenames()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var t = "q" + Guid.NewGuid().ToString("N")[..7];
        async Task<string> Add(string name, string? email = null)
        {
            var created = await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", name), F("Input.Email", email ?? ""), F("Input.LawfulBasis", "PublicTask")]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            return created.Headers.Location!.OriginalString;
        }

        async Task<(string Count, string[] Names)> Search(string q)
        {
            var (_, page) = await session.GetAsync($"/partners/contacts?Q={Uri.EscapeDataString(q)}");
            var names = page.TestId("contacts")?.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td, th")!.TextContent.Trim()).ToArray() ?? [];
            return (page.TestId("contact-count")!.TextContent.Trim(), names);
        }

        await Add($"Siân O'Brien-{t}smith", $"sian@{t}mail.example");
        var sam = await Add($"Sam {t}smithson");
        await Add("Alex Green", $"alex.{t}smith@example.org");
        var northWest = await Session.SignedInAsync(factory, await _users.InRegion("NW").BuildAsync());
        await northWest.PostFormAsync("/partners/contacts/new", [F("Input.FullName", $"Nora {t}smith"), F("Input.LawfulBasis", "PublicTask")]);

        // Words of the name and of the email address, each matched from its start, in name order, this region only.
        var (count, names) = await Search($"{t}smith");
        Assert.Equal("3 contacts", count);
        Assert.Equal(["Alex Green", $"Sam {t}smithson", $"Siân O'Brien-{t}smith"], names);
        Assert.Equal(["Sam " + t + "smithson"], (await Search($"{t}SMITHSON")).Names);
        Assert.Equal([$"Siân O'Brien-{t}smith"], (await Search($"{t}mail")).Names);
        // Every word typed must match; punctuation separates words as it does in names.
        Assert.Equal([$"Siân O'Brien-{t}smith"], (await Search($"brien siân {t}")).Names);
        Assert.Equal([$"Siân O'Brien-{t}smith"], (await Search($"o'brien-{t}")).Names);
        // The middle of a word is not a match.
        Assert.Equal("0 contacts", (await Search($"{t[2..]}smith")).Count);

        var renamed = await session.PostFormAsync(sam + "/edit", [F("Input.FullName", $"Sam {t}jones"), F("Input.LawfulBasis", "PublicTask")]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("0 contacts", (await Search($"{t}smithson")).Count);
        Assert.Equal([$"Sam {t}jones"], (await Search($"{t}jones")).Names);
        Assert.Equal("2 contacts", (await Search($"{t}smith")).Count);
    }

    [Fact]
    public async Task OrganisationPage_ListsTheFirstTwentyContacts_AndLinksToAllOfThemInTheContactList()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var busy = await SeedOrganisationAsync($"Busy {tag}");
        var elsewhere = await SeedOrganisationAsync($"Elsewhere {tag}", region: "NW");
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 22).Select(i => new Contact
            {
                RegionCode = "EM",
                OrganisationId = busy.Id,
                FullName = $"Person {i:D2} {tag}",
                LawfulBasis = LawfulBasis.PublicTask,
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        var (_, page) = await session.GetAsync($"/partners/organisations/{busy.Id}");
        var listed = page.TestId("contacts")!.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Person {i:D2} {tag}"), listed);
        var all = page.TestId("all-contacts")!;
        Assert.Equal($"View all 22 contacts of Busy {tag}", all.TextContent.Trim());

        var (_, list) = await session.GetAsync(all.GetAttribute("href")!);
        Assert.Equal("22 contacts", list.TestId("contact-count")!.TextContent.Trim());
        Assert.Contains($"Busy {tag}", list.TestId("contacts-of")!.TextContent, StringComparison.Ordinal);
        var (_, searched) = await session.GetAsync($"/partners/contacts?Organisation={busy.Id}&Q=person+{tag}");
        Assert.Equal("22 contacts", searched.TestId("contact-count")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/partners/contacts?Organisation={elsewhere.Id}")).StatusCode);
    }

    [Fact]
    public async Task NewContact_FromAnOrganisationPage_PreselectsTheOrganisation()
    {
        var organisation = await SeedOrganisationAsync($"Preselect {Guid.NewGuid():N}");
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (_, page) = await session.GetAsync($"/partners/contacts/new?organisationId={organisation.Id}");
        Assert.Equal(organisation.Id.ToString(), page.QuerySelector("#Input_OrganisationId option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Contacts_OtherRegion_Answers404_AndAdministratorsWithoutAPartnerRoleAreForbidden()
    {
        var nw = await _users.InRegion("NW").BuildAsync();
        var nwSession = await Session.SignedInAsync(factory, nw);
        var created = await nwSession.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "North West Person"), F("Input.LawfulBasis", "PublicTask")]);
        var url = created.Headers.Location!.OriginalString;

        var em = await Session.SignedInAsync(factory, await _users.InRegion("EM").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await em.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await em.Client.GetAsync(url + "/opt-out")).StatusCode);
        var (_, list) = await em.GetAsync("/partners/contacts?Q=North+West+Person");
        Assert.Equal("0 contacts", list.TestId("contact-count")!.TextContent.Trim());

        var admin = await Session.SignedInAsync(factory, await _users.WithRoles(Role.RegionalAdministrator).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.GetAsync("/partners/organisations")).StatusCode);
    }
}
