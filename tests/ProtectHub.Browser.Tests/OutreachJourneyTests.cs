using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;

namespace ProtectHub.Browser.Tests;

/// <summary>Requests for assistance, the materials library and campaigns, in one browser.</summary>
public sealed class OutreachJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PartnersRequest_IsTriagedAnsweredByADeliveredEngagementAndDone_WithTheRequesterEmailed_OnAccessiblePages()
    {
        var factory = fixture.Factory;
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Organisation { RegionCode = "EM", Name = "Riverside Chamber of Commerce", NormalisedName = "riverside chamber of commerce", ForceCode = "DERBYSHIRE" });
            return await db.SaveChangesAsync();
        });
        var officerUser = await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync();
        var officer = await fixture.SignedInPageAsync(officerUser);

        // The officer makes the chamber's secure request link.
        await officer.GotoAsync("/requests");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("links").ClickAsync();
        // The organisation picker searches as the officer types (any of 100,000, not only the listed ones).
        await BrowserFixture.TypeAheadAsync(officer, "Partner organisation", "rivers", "Riverside Chamber of Commerce");
        await Assertions.Expect(officer.GetByLabel("Partner organisation", new() { Exact = true })).ToHaveValueAsync("Riverside Chamber of Commerce");
        await officer.GetByTestId("create").ClickAsync();
        var link = new Uri((await officer.GetByTestId("new-link").TextContentAsync())!.Trim());
        await Axe.AssertAccessibleAsync(officer);

        // The chamber's events manager asks for a talk on a phone, without an account; an error first.
        var partner = await fixture.NewPageAsync();
        await partner.SetViewportSizeAsync(375, 740);
        await partner.GotoAsync(link.PathAndQuery);
        await Axe.AssertAccessibleAsync(partner);
        await partner.GetByTestId("send").ClickAsync();
        await Assertions.Expect(partner.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address, so we can tell you what happens next");
        await Axe.AssertAccessibleAsync(partner);
        await partner.GetByLabel("Talk or briefing").CheckAsync();
        await partner.GetByLabel("In one line, what is asked?").FillAsync("Fraud awareness talk at our members' breakfast");
        await partner.GetByLabel("The details").FillAsync("About 60 small business owners; 20 minutes on invoice fraud and questions.");
        await partner.GetByLabel(new Regex("^Normal")).CheckAsync();
        await partner.GetByLabel("Your name").FillAsync("Robin Events");
        await partner.GetByLabel("Your email address").FillAsync("robin@riverside-chamber.example");
        await partner.GetByTestId("send").ClickAsync();
        await Assertions.Expect(partner.GetByTestId("sent")).ToBeVisibleAsync();
        var reference = (await partner.GetByTestId("reference").TextContentAsync())!.Trim();
        Assert.StartsWith("RFA-2026-", reference, StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(partner);

        // A supervisor triages it from the tasking board and gives it to the officer.
        var supervisor = await fixture.SignedInPageAsync(await new TestUserBuilder(factory).WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect).BuildAsync());
        await supervisor.SetViewportSizeAsync(320, 740);
        await supervisor.GotoAsync("/requests/board");
        await Axe.AssertAccessibleAsync(supervisor);
        Assert.True(await supervisor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the tasking board scrolls sideways at 320 px");
        await supervisor.SetViewportSizeAsync(1280, 900);
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Fraud awareness talk at our members' breakfast" }).ClickAsync();
        await Axe.AssertAccessibleAsync(supervisor);
        await supervisor.GetByLabel("Officer", new() { Exact = true }).SelectOptionAsync(officerUser.Id.ToString());
        await supervisor.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("status")).ToHaveTextAsync("Accepted");
        await Axe.AssertAccessibleAsync(supervisor);
        var accepted = Assert.Single(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == "robin@riverside-chamber.example");
        Assert.Equal($"We will help with your request ({reference})", accepted.Subject);

        // The officer finds it among their own, plans the talk from it, and delivers it.
        await officer.SetViewportSizeAsync(320, 740);
        await officer.GotoAsync("/requests?mine=true");
        await Axe.AssertAccessibleAsync(officer);
        Assert.True(await officer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the request list scrolls sideways at 320 px");
        await officer.SetViewportSizeAsync(1280, 900);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Fraud awareness talk at our members' breakfast" }).ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("plan-engagement").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("answering")).ToContainTextAsync(reference);
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Presentation", new() { Exact = true }).CheckAsync();
        await officer.Locator("#Input_StartsOn").FillAsync("30");
        await officer.Locator("#Input_StartsOn-month").FillAsync("10");
        await officer.Locator("#Input_StartsOn-year").FillAsync("2026");
        await officer.GetByLabel("Start time").FillAsync("08:00");
        await officer.GetByLabel("Duration in minutes").FillAsync("20");
        await officer.GetByLabel("In person", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Venue (in person only)").FillAsync("Riverside Hotel, Derby");
        await officer.GetByLabel("Force area").SelectOptionAsync("DERBYSHIRE");
        await officer.GetByLabel("Cyber Protect").CheckAsync();
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("answers-request")).ToContainTextAsync(reference);
        await officer.GetByTestId("record-delivery").ClickAsync();
        await officer.GetByLabel("Number of people reached").FillAsync("57");
        await officer.GetByTestId("save").ClickAsync();
        await officer.GetByTestId("answers-request").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("engagement")).ToContainTextAsync("(delivered)");

        // Done: the chamber is told the outcome.
        await officer.GetByLabel("Outcome").FillAsync("Talk given to 57 members; the slides and Take Five leaflets were shared.");
        await officer.GetByTestId("complete").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("status")).ToHaveTextAsync("Done");
        await Axe.AssertAccessibleAsync(officer);
        var done = (await factory.Smtp.MessagesAsync(2)).Single(m => m.Subject == $"Your request is complete ({reference})");
        Assert.Contains("Talk given to 57 members", done.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Material_AddedVersionedAndUsedInAnEngagement_OnAccessiblePages()
    {
        var factory = fixture.Factory;
        var officerUser = await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync();
        var officer = await fixture.SignedInPageAsync(officerUser);
        await officer.GotoAsync("/materials");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("new-material").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);

        // A renamed program is refused by its content, with the reason, on an accessible page.
        await officer.GetByLabel("Title").FillAsync("Cyber Essentials in ten slides");
        await officer.GetByLabel("Presentation", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel(new Regex("^TLP:GREEN")).CheckAsync();
        await officer.Locator("#ReviewBy").FillAsync("30");
        await officer.Locator("#ReviewBy-month").FillAsync("6");
        await officer.Locator("#ReviewBy-year").FillAsync("2027");
        await officer.GetByLabel("The file (not for videos)").SetInputFilesAsync(new FilePayload { Name = "slides.pptx", MimeType = "application/octet-stream", Buffer = "MZ\u0090\0program"u8.ToArray() });
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("error-summary")).ToContainTextAsync("'slides.pptx' is a program, not a document");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("The file (not for videos)").SetInputFilesAsync(new FilePayload { Name = "ce-slides.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\nslides\n%%EOF"u8.ToArray() });
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("title")).ToHaveTextAsync("Cyber Essentials in ten slides");
        await Assertions.Expect(officer.GetByTestId("versions")).ToContainTextAsync("ce-slides.pdf");
        await Axe.AssertAccessibleAsync(officer);

        await officer.GetByLabel("The new file").SetInputFilesAsync(new FilePayload { Name = "ce-slides-v2.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\nslides two\n%%EOF"u8.ToArray() });
        await officer.GetByLabel("What changed (optional)").FillAsync("2027 requirements");
        await officer.GetByTestId("upload-version").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("versions")).ToContainTextAsync("2 (current)");
        var materialUrl = officer.Url;

        // The officer records it against an engagement: the version is kept with it.
        var clinic = new Engagement
        {
            RegionCode = "EM",
            Title = "Cyber Essentials clinic",
            Kind = EngagementKind.Workshop,
            StartsAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
            DurationMinutes = 60,
            ForceCode = "DERBYSHIRE",
            Team = Team.CyberProtect,
            LeadOfficerId = officerUser.Id,
            LeadOfficerName = "Journey officer",
            Status = EngagementStatus.Planned,
            CreatedAt = factory.Time.GetUtcNow(),
        };
        await factory.WithDbAsync(async db =>
        {
            db.Add(clinic);
            return await db.SaveChangesAsync();
        });
        await officer.GotoAsync($"/engagements/{clinic.Id}");
        await officer.GetByTestId("record-material").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Material").SelectOptionAsync(new SelectOptionValue { Label = "Cyber Essentials in ten slides (Presentation)" });
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("materials-used")).ToContainTextAsync("Cyber Essentials in ten slides, version 2");
        await officer.GotoAsync(materialUrl + "/edit");
        await Axe.AssertAccessibleAsync(officer);
        await officer.SetViewportSizeAsync(320, 740);
        await officer.GotoAsync("/materials?q=cyber+essentials+in+ten");
        Assert.True(await officer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the materials list scrolls sideways at 320 px");
        await Axe.AssertAccessibleAsync(officer);
    }

    [Fact]
    public async Task Campaign_StartedWithAPublishedPost_ShowsItsResultsAndCalendar_OnAccessiblePages()
    {
        var officer = await fixture.SignedInPageAsync(await new TestUserBuilder(fixture.Factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        await officer.GotoAsync("/campaigns");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("new-campaign").ClickAsync();
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("error-summary")).ToContainTextAsync("Enter the campaign's title");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Title").FillAsync("Christmas shopping fraud");
        await officer.GetByLabel("Aims").FillAsync("Fewer people lose money buying gifts online.");
        await officer.Locator("#StartsOn").FillAsync("1");
        await officer.Locator("#StartsOn-month").FillAsync("11");
        await officer.Locator("#StartsOn-year").FillAsync("2026");
        await officer.Locator("#EndsOn").FillAsync("31");
        await officer.Locator("#EndsOn-month").FillAsync("12");
        await officer.Locator("#EndsOn-year").FillAsync("2026");
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("title")).ToHaveTextAsync("Christmas shopping fraud");
        await Axe.AssertAccessibleAsync(officer);

        await officer.GetByTestId("new-post").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Facebook").CheckAsync();
        await officer.Locator("#ScheduledOn").FillAsync("2");
        await officer.Locator("#ScheduledOn-month").FillAsync("11");
        await officer.Locator("#ScheduledOn-year").FillAsync("2026");
        await officer.GetByLabel("The post's text, or what the piece is about").FillAsync("Too good to be true? Check before you buy.");
        await officer.GetByLabel("Published", new() { Exact = true }).CheckAsync();
        await officer.Locator("#PublishedOn").FillAsync("2");
        await officer.Locator("#PublishedOn-month").FillAsync("11");
        await officer.Locator("#PublishedOn-year").FillAsync("2026");
        await officer.GetByLabel("Reach (once published, optional)").FillAsync("2400");
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("reach")).ToHaveTextAsync("2,400 reached, 0 interactions");
        await Axe.AssertAccessibleAsync(officer);

        await officer.SetViewportSizeAsync(320, 740);
        await officer.GotoAsync("/campaigns/calendar?month=2026-11");
        await Assertions.Expect(officer.GetByTestId("days")).ToContainTextAsync("Monday 2 November");
        await Axe.AssertAccessibleAsync(officer);
        Assert.True(await officer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the campaign calendar scrolls sideways at 320 px");
        await officer.GotoAsync("/campaigns");
        Assert.True(await officer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the campaign list scrolls sideways at 320 px");
    }

    [Fact]
    public async Task Training_RecordedWithACertificate_AndTheTeamMatrix_OnAccessiblePages()
    {
        var officer = await fixture.SignedInPageAsync(await new TestUserBuilder(fixture.Factory).WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect).BuildAsync());
        await officer.GotoAsync("/training");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("error-summary")).ToContainTextAsync("Enter the course or qualification");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Course or qualification").FillAsync("Certificate in Information Security Management Principles");
        await officer.GetByLabel("Provider").FillAsync("BCS");
        await officer.Locator("#CompletedOn").FillAsync("12");
        await officer.Locator("#CompletedOn-month").FillAsync("3");
        await officer.Locator("#CompletedOn-year").FillAsync("2026");
        await officer.Locator("#ExpiresOn").FillAsync("12");
        await officer.Locator("#ExpiresOn-month").FillAsync("3");
        await officer.Locator("#ExpiresOn-year").FillAsync("2029");
        await officer.GetByLabel("CPD hours (optional)").FillAsync("35");
        await officer.GetByLabel("Certificate (optional)").SetInputFilesAsync(new FilePayload { Name = "cismp.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\ncertificate\n%%EOF"u8.ToArray() });
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("held")).ToContainTextAsync("Certificate in Information Security Management Principles");
        await Assertions.Expect(officer.GetByTestId("cpd-total")).ToHaveTextAsync("35 CPD hours recorded");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("team").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("matrix")).ToContainTextAsync("12 Mar 2029");
        await Axe.AssertAccessibleAsync(officer);
    }

    [Fact]
    public async Task OrganisationPickers_FindAnyOrganisationAsYouType_AndTheFormsWorkWithoutJavaScript()
    {
        var factory = fixture.Factory;
        // The engagement form lists the 100 newest organisations: the one wanted is older than all of them.
        await factory.WithDbAsync(async db =>
        {
            var start = factory.Time.GetUtcNow().AddYears(-2);
            db.Add(new Organisation { RegionCode = "EM", Name = "Zephyr Widgets Ltd", NormalisedName = "zephyr widgets", ForceCode = "LEICESTERSHIRE", Town = "Loughborough", CreatedAt = start });
            db.AddRange(Enumerable.Range(1, 110).Select(i => new Organisation
            {
                RegionCode = "EM",
                Name = $"Picker Newer Firm {i:000}",
                NormalisedName = $"picker newer firm {i:000}",
                ForceCode = "DERBYSHIRE",
                CreatedAt = start.AddDays(i),
            }));
            return await db.SaveChangesAsync();
        });
        var officer = await fixture.SignedInPageAsync(await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        await officer.GotoAsync("/engagements/new");
        Assert.Equal(0, await officer.GetByLabel("Zephyr Widgets Ltd").CountAsync());
        var box = officer.GetByLabel("Find an organisation to add", new() { Exact = true });
        await box.PressSequentiallyAsync("zephyr", new() { Delay = 40 });
        var suggestion = officer.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Zephyr Widgets Ltd") });
        await Assertions.Expect(suggestion).ToContainTextAsync("Loughborough");
        await Axe.AssertAccessibleAsync(officer); // with the suggestions open
        await suggestion.ClickAsync();
        await Assertions.Expect(officer.GetByLabel("Zephyr Widgets Ltd")).ToBeCheckedAsync();
        await Assertions.Expect(box).ToHaveValueAsync("");

        // Without JavaScript the same forms keep their select and checkboxes, and work.
        var plain = await fixture.SignedInPageAsync(await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync(), javaScript: false);
        await plain.GotoAsync("/requests/links");
        await plain.GetByLabel("Partner organisation").SelectOptionAsync(new SelectOptionValue { Label = "Zephyr Widgets Ltd" });
        await plain.GetByTestId("create").ClickAsync();
        await Assertions.Expect(plain.GetByTestId("new-link")).ToBeVisibleAsync();
        await plain.GotoAsync("/engagements/new");
        await Assertions.Expect(plain.GetByLabel("Picker Newer Firm 110")).ToBeVisibleAsync();
        Assert.Equal(0, await plain.GetByLabel("Find an organisation to add").CountAsync());
    }
}
