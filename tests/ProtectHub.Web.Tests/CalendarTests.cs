using System.Net;

namespace ProtectHub.Web.Tests;

public sealed class CalendarTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static async Task<string> CreateFeedAsync(Session session)
    {
        var page = await Html.ParseAsync(await session.PostFormAsync("/calendar", [], handler: "Create"));
        return new Uri(page.TestId("feed-url")!.GetAttribute("value")!).AbsolutePath;
    }

    [Fact]
    public async Task Feed_HoldsTheEventsTheOfficerLeadsOrSupports_AndStopsWhenReplacedOrTurnedOff()
    {
        var lead = await _users.BuildAsync();
        var helper = await _users.BuildAsync();
        var other = await _users.BuildAsync();
        var leadSession = await Session.SignedInAsync(factory, lead);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await EngagementSteps.PlanAsync(leadSession, $"Led, with help; {tag}", lead.Id, "3", "12", "2026", F("Input.SupportingOfficerIds", helper.Id.ToString()));
        await EngagementSteps.PlanAsync(leadSession, $"Someone else's {tag}", other.Id, "4", "12", "2026");

        var helperSession = await Session.SignedInAsync(factory, helper);
        var (_, before) = await helperSession.GetAsync("/calendar");
        Assert.Equal("You do not have a calendar feed.", before.TestId("feed-status")!.TextContent);
        var path = await CreateFeedAsync(helperSession);
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}\\.ics$", path);

        var calendarApp = new Session(factory); // Not signed in, as a calendar app is not.
        var feed = await calendarApp.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:Led\\, with help\\; {tag}\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261203T143000Z\r\n", text, StringComparison.Ordinal); // 14:30 in December is 14:30 UTC.
        Assert.Contains("DTEND:20261203T160000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Lincoln Guildhall\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Someone else's {tag}", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);

        var (_, after) = await helperSession.GetAsync("/calendar");
        Assert.Equal("You have a calendar feed. For security its address is not shown again.", after.TestId("feed-status")!.TextContent);

        var replacement = await CreateFeedAsync(helperSession);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.Client.GetAsync(replacement)).StatusCode);
        await helperSession.PostFormAsync("/calendar", [], handler: "Revoke");
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.Client.GetAsync(replacement)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.Client.GetAsync("/calendar/guessed.ics")).StatusCode);
    }
}
