using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Lessons;

namespace ProtectHub.Web.Tests;

/// <summary>Lessons learnt and the national library through the pages, on whichever database the run uses.</summary>
public sealed class LessonTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private TestUserBuilder Officer => _users.WithRoles(Role.Officer).WithTeams(Team.CyberProtect);

    private TestUserBuilder Supervisor => _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect);

    private static (string, string)[] LessonFields(string title, string advice = "Turn on multi-factor authentication for every remote access account.") =>
    [
        ("Title", title), ("OperationName", "Operation Lantern"), ("Offence", "Computer Misuse Act 1990 s.1"), ("AttackType", "Ransomware"),
        ("AttackPath", "Phishing email with a macro document; stolen VPN credentials; ransomware deployed overnight."),
        ("Techniques", "T1566.001, T1078, T1486"), ("Weakness", "VPN without multi-factor authentication"), ("Prevention", "Multi-factor authentication on the VPN"),
        ("Advice", advice), ("InvestigatorName", "DI, EMSOU Cyber Crime Unit"), ("TlpMarking", "Green"),
    ];

    private static async Task<Guid> WriteAsync(Session session, IEnumerable<(string, string)> fields)
    {
        var response = await session.PostFormAsync("/lessons/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<Guid> PublishedAsync(string title, string region = "EM")
    {
        var author = await Session.SignedInAsync(factory, await Officer.InRegion(region).BuildAsync());
        var id = await WriteAsync(author, LessonFields(title));
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/lessons/{id}", [], handler: "Submit")).StatusCode);
        var reviewer = await Session.SignedInAsync(factory, await Supervisor.InRegion(region).BuildAsync());
        var published = await reviewer.PostFormAsync($"/lessons/{id}", [], handler: "Publish");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(published)).ErrorSummary()));
        return id;
    }

    [Fact]
    public async Task Lesson_BadInput_NamesTheFieldAndWhy_TechniquesCheckedAgainstAttack_AndTlpHasNoDefault()
    {
        var session = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var (_, form) = await session.GetAsync("/lessons/new");
        Assert.Empty(form.QuerySelectorAll("input[name='TlpMarking'][checked]"));
        var fields = LessonFields("Bad lesson").Where(f => f.Item1 is not ("TlpMarking" or "Techniques" or "Weakness")).Append(("Techniques", "T1566.001, T9999")).ToArray();
        var response = await session.PostFormAsync("/lessons/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        var errors = (await Html.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Select the TLP marking: how far the lesson may be shared", errors);
        Assert.Contains("Enter the weakness the attackers exploited", errors);
        Assert.Contains("T9999 is not an ATT&CK Enterprise technique", errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Lesson>().IgnoreQueryFilters().CountAsync(l => l.Title == "Bad lesson")));
    }

    [Fact]
    public async Task PersonalData_IsWarnedOnSave_AndPublicationIsRefusedUntilItIsGone()
    {
        var author = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var id = await WriteAsync(author, LessonFields("Lesson naming people", "Call Sarah Jones on 07700 900982 for the logs."));
        var (_, page) = await author.GetAsync($"/lessons/{id}");
        var warning = page.TestId("personal-data-warning")!.TextContent;
        Assert.Contains("'Sarah Jones'", warning, StringComparison.Ordinal);
        Assert.Contains("'07700 900982'", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/lessons/{id}", [], handler: "Submit")).StatusCode);

        var reviewer = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var refused = await reviewer.PostFormAsync($"/lessons/{id}", [], handler: "Publish");
        Assert.Contains((await Html.ParseAsync(refused)).ErrorSummary(), e => e.Contains("looks like it holds a person's name: 'Sarah Jones'", StringComparison.Ordinal));
        Assert.Equal(LessonStatus.SubmittedForReview, await factory.WithDbAsync(db => db.Set<Lesson>().IgnoreQueryFilters().Where(l => l.Id == id).Select(l => l.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"/lessons/{id}", [new("Reason", "Remove the name and number")], handler: "SendBack")).StatusCode);
        var edited = await author.PostFormAsync($"/lessons/{id}/edit", LessonFields("Lesson naming people", "Ask the investigating team for the logs.")
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/lessons/{id}", [], handler: "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"/lessons/{id}", [], handler: "Publish")).StatusCode);
        (_, page) = await author.GetAsync($"/lessons/{id}");
        Assert.Equal("Published", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("TLP:GREEN", page.TestId("tlp")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuthor_CannotPublishTheirOwnLesson()
    {
        var author = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        var id = await WriteAsync(author, LessonFields("Own lesson"));
        await author.PostFormAsync($"/lessons/{id}", [], handler: "Submit");
        var refused = await author.PostFormAsync($"/lessons/{id}", [], handler: "Publish");
        Assert.Contains("You wrote this lesson: another supervisor must review it", (await Html.ParseAsync(refused)).ErrorSummary());
    }

    [Fact]
    public async Task Library_EveryRegionReadsPublishedLessons_OnlyTheOwningRegionChangesThem()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await PublishedAsync("Lesson from the east " + tag);
        var draftAuthor = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var draft = await WriteAsync(draftAuthor, LessonFields("Unpublished lesson " + tag));

        var reader = await Session.SignedInAsync(factory, await Officer.InRegion("NW").BuildAsync());
        var (_, library) = await reader.GetAsync($"/lessons/library?Q={tag}");
        Assert.NotNull(library.TestId("library")!.QuerySelector($"a[href='/lessons/library/{id}']"));
        Assert.Null(library.TestId("library")!.QuerySelector($"a[href='/lessons/library/{draft}']"));
        var (response, page) = await reader.GetAsync($"/lessons/library/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("multi-factor authentication", page.TestId("advice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("T1566.001 Spearphishing Attachment", page.TestId("techniques")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.TestId("manage"));

        // Read, never write: the region's own pages of another region's lesson are a 404, and so is its draft.
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/lessons/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/lessons/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/lessons/library/{draft}")).StatusCode);
        var (_, byTechnique) = await reader.GetAsync($"/lessons/library?Technique=T1566&Q={tag}");
        Assert.NotNull(byTechnique.TestId("library")!.QuerySelector($"a[href='/lessons/library/{id}']"));
        var (_, otherTechnique) = await reader.GetAsync($"/lessons/library?Technique=T1190&Q={tag}");
        Assert.Null(otherTechnique.TestId("library"));
    }

    [Fact]
    public async Task Use_IsCountedAcrossRegions_AndWithdrawalTakesTheLessonOutOfTheLibrary()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await PublishedAsync("Lesson used " + tag);
        async Task<Guid> EngagementInAsync(string region)
        {
            var engagement = new Engagement
            {
                RegionCode = region,
                Title = "Briefing " + tag,
                ForceCode = region == "EM" ? "NOTTS" : "CUMBRIA",
                Team = Team.CyberProtect,
                LeadOfficerName = "Lead",
                StartsAt = factory.Time.GetUtcNow().AddDays(-3),
                DurationMinutes = 60,
                Status = EngagementStatus.Delivered,
                CreatedAt = factory.Time.GetUtcNow(),
            };
            await factory.WithDbAsync(async db =>
            {
                db.Add(engagement);
                return await db.SaveChangesAsync();
            });
            return engagement.Id;
        }

        foreach (var region in (string[])["EM", "NW"])
        {
            var engagement = await EngagementInAsync(region);
            var officer = await Session.SignedInAsync(factory, await Officer.InRegion(region).BuildAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/lessons/library/{id}", [new("EngagementId", engagement.ToString())], handler: "Use")).StatusCode);
        }

        var reader = await Session.SignedInAsync(factory, await Officer.InRegion("NW").BuildAsync());
        var foreign = await EngagementInAsync("EM");
        var refused = await reader.PostFormAsync($"/lessons/library/{id}", [new("EngagementId", foreign.ToString())], handler: "Use");
        Assert.Contains("Select one of your region's engagements", (await Html.ParseAsync(refused)).ErrorSummary());
        var (_, page) = await reader.GetAsync($"/lessons/library/{id}");
        Assert.Equal("Used in 2 engagements across 2 regions.", page.TestId("use")!.TextContent.Trim());

        var supervisor = await Session.SignedInAsync(factory, await Supervisor.BuildAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/lessons/{id}", [new("Reason", "Superseded by national guidance")], handler: "Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/lessons/library/{id}")).StatusCode);
    }

    [Theory]
    [InlineData(Role.NationalCoordinator)]
    [InlineData(Role.SystemAdministrator)]
    public async Task NonOfficers_DoNotOpenLessons(Role role)
    {
        var outsider = await Session.SignedInAsync(factory, await _users.WithRoles(role).WithTeams(Team.CyberProtect).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync("/lessons/library")).StatusCode);
    }

    /// <summary>Issue 18: a lesson links to the materials made from it, and a material names its lessons; only a region's own materials.</summary>
    [Fact]
    public async Task Materials_MadeFromALesson_AreRecordedByTheirRegion_CountedOnTheLesson_AndNamedOnTheMaterial()
    {
        var title = $"Lesson for materials {Guid.NewGuid():N}"[..40];
        var id = await PublishedAsync(title);
        var officer = await Session.SignedInAsync(factory, await Officer.BuildAsync());
        var material = await MaterialSteps.AddAsync(officer, $"Slides from {title}", MaterialSteps.Pdf, "slides.pdf");

        var (_, before) = await officer.GetAsync($"/lessons/library/{id}");
        Assert.Contains(before.QuerySelectorAll("select[name='MaterialId'] option"), o => o.GetAttribute("value") == material.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/lessons/library/{id}", [new("MaterialId", material.ToString())], handler: "Material")).StatusCode);
        var again = await Html.ParseAsync(await officer.PostFormAsync($"/lessons/library/{id}", [new("MaterialId", material.ToString())], handler: "Material"));
        Assert.Contains("That material is already recorded as made from this lesson", again.ErrorSummary());

        var (_, lesson) = await officer.GetAsync($"/lessons/library/{id}");
        Assert.Equal("1 material in the library was made from it.", lesson.TestId("materials-from")!.TextContent.Trim());
        Assert.Contains($"Slides from {title}", lesson.TestId("our-materials")!.TextContent, StringComparison.Ordinal);
        var (_, materialPage) = await officer.GetAsync($"/materials/{material}");
        Assert.Contains(title, materialPage.TestId("lessons")!.TextContent, StringComparison.Ordinal);

        // Another region reads the count, but cannot record our material, nor see it in its own list.
        var reader = await Session.SignedInAsync(factory, await Officer.InRegion("NW").BuildAsync());
        var refused = await reader.PostFormAsync($"/lessons/library/{id}", [new("MaterialId", material.ToString())], handler: "Material");
        Assert.Contains("Select one of your region's materials", (await Html.ParseAsync(refused)).ErrorSummary());
        var (_, theirs) = await reader.GetAsync($"/lessons/library/{id}");
        Assert.Equal("1 material in the library was made from it.", theirs.TestId("materials-from")!.TextContent.Trim());
        Assert.Null(theirs.TestId("our-materials"));
    }
}
