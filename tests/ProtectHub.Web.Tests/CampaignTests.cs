using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Web.Imports;

namespace ProtectHub.Web.Tests;

/// <summary>Campaigns through the pages, on whichever database the run uses.</summary>
public sealed class CampaignTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private async Task<ManagedListItem> ListItemAsync(ManagedListKind kind) =>
        await factory.WithDbAsync(db => db.Set<ManagedListItem>().OrderBy(i => i.Name).FirstAsync(i => i.Kind == kind));

    private static async Task<Guid> StartAsync(Session session, string title, params (string, string)[] extra)
    {
        var response = await session.PostFormAsync("/campaigns/new",
        [
            ("Title", title), ("Aims", "Fewer small firms lose money to invoice fraud over Christmas."),
            ("StartsOn.Day", "1"), ("StartsOn.Month", "11"), ("StartsOn.Year", "2026"), ("EndsOn.Day", "30"), ("EndsOn.Month", "11"), ("EndsOn.Year", "2026"), .. extra,
        ]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Campaign_NamesEveryMissingOrBadField()
    {
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var errors = (await Html.ParseAsync(await officer.PostFormAsync("/campaigns/new", ("StartsOn.Day", "10"), ("StartsOn.Month", "11"), ("StartsOn.Year", "2026"),
            ("EndsOn.Day", "1"), ("EndsOn.Month", "11"), ("EndsOn.Year", "2026"), ("ForceCodes", "MERSEYSIDE")))).ErrorSummary();
        Assert.Contains("Enter the campaign's title", errors);
        Assert.Contains("Enter what the campaign aims to achieve", errors);
        Assert.Contains("The end date must be on or after the start date", errors);
        Assert.Contains("Select force areas of your region", errors);
    }

    [Fact]
    public async Task PostAnalytics_ImportedFromAPlatformExport_MatchByDayAndText_GiveReachAndPublish_AndNameEveryRowTheyCannotPlace()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var title = "Analytics " + Guid.NewGuid().ToString("N")[..6];
        var id = await StartAsync(officer, title);
        async Task PostAsync(string day, string channel, string text, string status = "Planned")
        {
            var response = await officer.PostFormAsync($"/campaigns/{id}/posts/new", ("Channel", channel), ("ScheduledOn.Day", day), ("ScheduledOn.Month", "11"),
                ("ScheduledOn.Year", "2026"), ("Text", text), ("Status", status));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        }

        await PostAsync("3", "Facebook", "Stop. Challenge. Protect. Never pay an invoice whose bank details changed by email without ringing the supplier first.");
        await PostAsync("3", "X", "Stop. Challenge. Protect. Never pay an invoice whose bank details changed by email.");
        await PostAsync("5", "LinkedIn", "Free cyber security training for small firms in Derby this month");
        await PostAsync("6", "Facebook", "Dropped post", "Cancelled");

        // A Facebook-style export: the date with a time, the message cut short with a link added, reach with thousands.
        var csv = """
            Publish time,Post message,Platform,Reach,Engagements
            03/11/2026 09:15,"Stop. Challenge. Protect. Never pay an invoice whose bank details changed https://fb.me/x",Facebook,"1,250",48
            2026-11-03 12:00,"Stop. Challenge. Protect. Never pay an invoice whose bank details changed",,900,12
            05/11/2026,Free cyber security training for small firms in Derby this month,LinkedIn,300,
            06/11/2026,Dropped post,Facebook,10,1
            07/11/2026,Something never planned,Facebook,10,1
            05/11/2026,Free cyber security training for small firms in Derby this month,Myspace,lots,1
            """;
        var upload = await ImportSteps.UploadAsync(officer, ImportKinds.PostAnalytics, System.Text.Encoding.UTF8.GetBytes(csv), "facebook-insights.csv", id);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var importUrl = upload.Headers.Location!.OriginalString;
        Assert.StartsWith($"/campaigns/{id}/post-analytics/import/", importUrl, StringComparison.Ordinal);
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(officer, importUrl);
        Assert.Equal("2", result.TestId("updated")!.TextContent.Trim());
        Assert.Equal("4", result.TestId("invalid")!.TextContent.Trim());
        var problems = result.TestId("row-errors")!.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("3 | Platform | 2 of the campaign's posts on 3 November 2026 start with this text: choose the column with the platform to tell them apart", problems);
        Assert.Contains("5 | Date published | The campaign has no post on Facebook planned or published on 6 November 2026", problems);
        Assert.Contains("6 | Date published | The campaign has no post on Facebook planned or published on 7 November 2026", problems);
        Assert.Contains(problems, p => p.StartsWith("7 | Platform | 'Myspace' is not a platform", StringComparison.Ordinal));
        Assert.Contains("7 | Reach | 'lots' is not a whole number of 0 or more, like 1250", problems);
        Assert.Equal($"/campaigns/{id}", result.TestId("go-to-list")!.GetAttribute("href"));

        var posts = await factory.WithDbAsync(db => db.Set<CampaignPost>().IgnoreQueryFilters().Where(p => p.CampaignId == id).ToListAsync());
        var facebook = posts.Single(p => p.Channel == PostChannel.Facebook && p.ScheduledOn.Day == 3);
        Assert.Equal((PostStatus.Published, new DateOnly(2026, 11, 3), 1250, 48), (facebook.Status, facebook.PublishedOn, facebook.Reach, facebook.Interactions));
        var linkedIn = posts.Single(p => p.Channel == PostChannel.LinkedIn);
        Assert.Equal((PostStatus.Published, 300, (int?)null), (linkedIn.Status, linkedIn.Reach, linkedIn.Interactions));
        Assert.Null(posts.Single(p => p.Channel == PostChannel.X).Reach); // Row 3 could not tell it from the Facebook post.
        Assert.Equal(PostStatus.Cancelled, posts.Single(p => p.Text == "Dropped post").Status);
        var (_, page) = await officer.GetAsync($"/campaigns/{id}");
        Assert.Equal("1,550 reached, 48 interactions", page.TestId("reach")!.TextContent.Trim());

        // The same export again changes nothing; another region's officer cannot import into the campaign.
        var again = await ImportSteps.UploadAsync(officer, ImportKinds.PostAnalytics, System.Text.Encoding.UTF8.GetBytes(csv), "facebook-insights.csv", id);
        var second = await ImportSteps.ImportWithSuggestedColumnsAsync(officer, again.Headers.Location!.OriginalString);
        Assert.Equal(("0", "2"), (second.TestId("updated")!.TextContent.Trim(), second.TestId("already-held")!.TextContent.Trim()));
        var stranger = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/campaigns/{id}/post-analytics/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(importUrl)).StatusCode);
    }

    [Fact]
    public async Task Calendar_BusyDay_ListsItsFirstFivePostsInOrder_CountsTheRest_AndLeavesCancelledOnesOut()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var day = new DateOnly(2027, 3, 10);
        var mark = Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            var campaign = new Campaign { RegionCode = "EM", Title = "Busy day " + mark, Aims = "Many posts on one day.", StartsOn = day, EndsOn = day, OwnerId = officerUser.Id, OwnerName = "Officer", CreatedAt = factory.Time.GetUtcNow() };
            db.Add(campaign);
            // Seven live posts written in reverse order of their numbers, and a cancelled one written first of all.
            db.Add(new CampaignPost { RegionCode = "EM", CampaignId = campaign.Id, Channel = PostChannel.X, ScheduledOn = day, Text = $"Cancelled {mark}", Status = PostStatus.Cancelled, CreatedAt = factory.Time.GetUtcNow().AddHours(-1) });
            for (var n = 7; n >= 1; n--)
            {
                db.Add(new CampaignPost { RegionCode = "EM", CampaignId = campaign.Id, Channel = PostChannel.Facebook, ScheduledOn = day, Text = $"Post {n} {mark}", Status = PostStatus.Planned, CreatedAt = factory.Time.GetUtcNow().AddMinutes(8 - n) });
            }

            return await db.SaveChangesAsync();
        });

        var (_, calendar) = await officer.GetAsync("/campaigns/calendar?month=2027-03");
        var row = calendar.TestId("days")!.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.TextContent.Contains("Wednesday 10 March", StringComparison.Ordinal));
        var posts = row.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(6, posts.Count); // Five posts and the link to the day.
        Assert.Equal(["Post 7", "Post 6", "Post 5", "Post 4", "Post 3"], posts.Take(5).Select(p => p[p.IndexOf("Post ", StringComparison.Ordinal)..][..6]));
        Assert.Contains("All 7 posts on 10 March", posts[5], StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled " + mark, row.TextContent, StringComparison.Ordinal);

        var (_, oneDay) = await officer.GetAsync("/campaigns/calendar?day=2027-03-10");
        Assert.Equal(7, oneDay.TestId("days")!.QuerySelectorAll("li").Count(li => li.TextContent.Contains(mark, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Campaign_PlanPostsAndEngagements_ResultsAddUp_WeekByWeek_AndTheCalendarShowsThem()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var topic = await ListItemAsync(ManagedListKind.Topic);
        var national = await ListItemAsync(ManagedListKind.Campaign);
        var title = "Take Five at Christmas " + Guid.NewGuid().ToString("N")[..6];
        var id = await StartAsync(officer, title, ("TopicIds", topic.Id.ToString()), ("NationalCampaignId", national.Id.ToString()), ("ForceCodes", "DERBYSHIRE"));

        // A post refused with its reasons, then three posts: published with results, planned, cancelled.
        var bad = (await Html.ParseAsync(await officer.PostFormAsync($"/campaigns/{id}/posts/new", ("Channel", "Facebook"), ("ScheduledOn.Day", "3"), ("ScheduledOn.Month", "11"),
            ("ScheduledOn.Year", "2026"), ("Text", "Check before you pay"), ("Status", "Planned"), ("Reach", "lots")))).ErrorSummary();
        Assert.Contains("Reach must be a whole number, like 1250", bad);
        var unpublished = (await Html.ParseAsync(await officer.PostFormAsync($"/campaigns/{id}/posts/new", ("Channel", "Facebook"), ("ScheduledOn.Day", "3"), ("ScheduledOn.Month", "11"),
            ("ScheduledOn.Year", "2026"), ("Text", "Check before you pay"), ("Status", "Published"), ("Link", "not a link")))).ErrorSummary();
        Assert.Contains("Enter the date it was published", unpublished);
        Assert.Contains("Enter a full web address, starting https://", unpublished);
        async Task PostAsync(params (string, string)[] fields)
        {
            var response = await officer.PostFormAsync($"/campaigns/{id}/posts/new", fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        }

        await PostAsync(("Channel", "Facebook"), ("ScheduledOn.Day", "2"), ("ScheduledOn.Month", "11"), ("ScheduledOn.Year", "2026"), ("Text", "Take Five: stop, challenge, protect"),
            ("Link", "https://www.takefive-stopfraud.org.uk/"), ("Status", "Published"), ("PublishedOn.Day", "2"), ("PublishedOn.Month", "11"), ("PublishedOn.Year", "2026"), ("Reach", "1,250"), ("Interactions", "48"));
        await PostAsync(("Channel", "PressRelease"), ("ScheduledOn.Day", "16"), ("ScheduledOn.Month", "11"), ("ScheduledOn.Year", "2026"), ("Text", "Invoice fraud warning"), ("Outlet", "Derby Telegraph"), ("Status", "Planned"));
        await PostAsync(("Channel", "X"), ("ScheduledOn.Day", "17"), ("ScheduledOn.Month", "11"), ("ScheduledOn.Year", "2026"), ("Text", "Dropped"), ("Status", "Cancelled"));

        // An engagement in the campaign, delivered to 30 people, with feedback on the campaign's topic.
        var engagementUrl = await EngagementSteps.PlanAsync(officer, "Invoice fraud breakfast " + title[^6..], officerUser.Id, "1", "11", "2026");
        var engagementId = Guid.Parse(engagementUrl.Split('/')[^1]);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(engagementUrl + "/deliver", ("PeopleReached", "30"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/campaigns/{id}", [new("EngagementId", engagementId.ToString())], handler: "Link")).StatusCode);
        await factory.WithDbAsync(async db =>
        {
            foreach (var (before, after) in new[] { (2, 4), (1, 4) })
            {
                var response = new FeedbackResponse { RegionCode = "EM", EngagementId = engagementId, SubmissionId = Guid.NewGuid(), SubmittedAt = factory.Time.GetUtcNow() };
                response.Ratings.Add(new TopicRating { ResponseId = response.Id, TopicId = topic.Id, Before = before, After = after });
                db.Add(response);
            }

            return await db.SaveChangesAsync();
        });

        var (_, page) = await officer.GetAsync($"/campaigns/{id}");
        Assert.Equal(title, page.TestId("title")!.TextContent.Trim());
        Assert.Equal("1 published, 1 planned, 1 cancelled", page.TestId("posts-published")!.TextContent.Trim());
        Assert.Equal("1,250 reached, 48 interactions", page.TestId("reach")!.TextContent.Trim());
        Assert.Equal("1 of 1 delivered, 30 people reached", page.TestId("engagements-delivered")!.TextContent.Trim());
        Assert.Equal("1.5 before, 4.0 after: uplift +2.5 (2 ratings)", page.TestId("uplift")!.TextContent.Trim());
        var weeks = page.TestId("weeks")!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(6, weeks.Count); // The weeks of 26 October to 30 November.
        Assert.Equal(["2 Nov 2026", "1", "1,250", "48", "0", "0"], weeks[1]);
        Assert.Equal(["26 Oct 2026", "0", "0", "0", "1", "30"], weeks[0]);

        var (_, calendar) = await officer.GetAsync("/campaigns/calendar?month=2026-11");
        Assert.Equal("November 2026", calendar.TestId("month")!.TextContent.Trim());
        Assert.NotNull(calendar.TestId("running")!.QuerySelector($"a[href='/campaigns/{id}']"));
        var days = calendar.TestId("days")!.TextContent;
        Assert.Contains("Monday 2 November", days, StringComparison.Ordinal);
        Assert.Contains("Monday 16 November", days, StringComparison.Ordinal);
        Assert.DoesNotContain("Tuesday 17 November", days, StringComparison.Ordinal); // Cancelled.
        var (_, oneDay) = await officer.GetAsync("/campaigns/calendar?day=2026-11-16");
        Assert.Equal("Monday 16 November 2026", oneDay.TestId("month")!.TextContent.Trim());
        Assert.Contains("Invoice fraud warning", oneDay.TestId("days")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Take Five: stop", oneDay.TestId("days")!.TextContent, StringComparison.Ordinal);

        // The metric catalogue's new source: the reach of posts published in the quarter, by channel.
        var metric = new MetricDefinition
        {
            Key = "campaign-reach-" + title[^6..],
            Name = "Campaign reach",
            Definition = "Reach of campaign posts published in the quarter",
            Unit = "people",
            Source = MetricSource.CampaignPosts,
            Measure = MetricMeasure.Sum,
            ValueField = "Reach",
            Breakdowns = ["Channel"],
        };
        Assert.Empty(await factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("coordinator");
            return sp.GetRequiredService<MetricCatalogue>().SaveAsync(metric);
        }));
        var figures = await factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(Guid.NewGuid(), "head", "EM", [ProtectHub.Core.Access.Role.HeadOfUnit], null);
            return sp.GetRequiredService<MetricEngine>().ComputeAsync("EM", MetricScope.For(FinancialQuarter.Containing(factory.Time.UkToday())), [metric]);
        });
        var reach = figures.Metric(metric.Key)!;
        Assert.Equal(1250, reach.Total.Value);
        Assert.Equal(1250, reach.Breakdowns.Single().Rows.Single(r => r.Key == nameof(PostChannel.Facebook)).Value.Value);
    }

    [Fact]
    public async Task CampaignFeed_HoldsTheRegionsCampaignsAndPosts_AsAllDayEvents()
    {
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var title = "Cyber Aware week " + Guid.NewGuid().ToString("N")[..6];
        var id = await StartAsync(officer, title);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/campaigns/{id}/posts/new", ("Channel", "LinkedIn"), ("ScheduledOn.Day", "20"), ("ScheduledOn.Month", "11"),
            ("ScheduledOn.Year", "2026"), ("Text", "Turn on two-step verification"), ("Status", "Planned"))).StatusCode);
        var created = await Html.ParseAsync(await officer.PostFormAsync("/calendar", [], handler: "Create"));
        var path = new Uri(created.TestId("campaign-feed-url")!.GetAttribute("value")!).AbsolutePath;
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}/campaigns\\.ics$", path);
        var feed = await new Session(factory).Client.GetAsync(path);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.Contains($"SUMMARY:Campaign: {title}\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261101\r\nDTEND;VALUE=DATE:20261201\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261120\r\n", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await new Session(factory).Client.GetAsync("/calendar/guessed/campaigns.ics")).StatusCode);

        var elsewhere = await Session.SignedInAsync(factory, await _users.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Client.GetAsync($"/campaigns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Client.GetAsync($"/campaigns/{id}/posts/new")).StatusCode);
        var (_, theirCalendar) = await elsewhere.GetAsync("/campaigns/calendar?month=2026-11");
        Assert.Null(theirCalendar.QuerySelector($"a[href='/campaigns/{id}']"));
    }
}
