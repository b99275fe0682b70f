using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>A database holding only the hand-counted performance fixture, seeded once for the class.</summary>
public sealed class PerformanceFactory : ProtectHubFactory
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private PerformanceFixture.Seeded? _seeded;

    /// <summary>The officer who led the fixture's engagements and owns its follow-up actions.</summary>
    public TestUser Lead { get; private set; } = null!;

    public async Task<PerformanceFixture.Seeded> SeededAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                Lead = await new TestUserBuilder(this).WithTeams(Team.FraudProtect).BuildAsync();
                _seeded = await PerformanceFixture.SeedAsync(this, Lead.Id);
            }

            return _seeded;
        }
        finally
        {
            _lock.Release();
        }
    }
}

public sealed class PerformanceMetricTests(PerformanceFactory factory) : IClassFixture<PerformanceFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task EveryStarterMetric_MatchesTheHandCountedFixture_AndIgnoresOtherRegions()
    {
        await factory.SeededAsync();
        var figures = await PerformanceFixture.FiguresAsync(factory);

        Assert.Equal(StarterCatalogue.Metrics.Select(m => m.Key).Order(), figures.Metrics.Select(m => m.Key).Order());
        foreach (var (key, expected) in PerformanceFixture.Expected)
        {
            Assert.True(expected == figures.Metric(key)!.Total.Value, $"{key}: expected {expected}, got {figures.Metric(key)!.Total.Value}");
        }
    }

    [Fact]
    public async Task Breakdowns_SplitTheFigures_ByForceSectorSizeTopicAndOffence()
    {
        var seeded = await factory.SeededAsync();
        var figures = await PerformanceFixture.FiguresAsync(factory);

        double? Row(string metric, string field, string key) =>
            figures.Metric(metric)!.Breakdowns.Single(b => b.Field == field).Rows.SingleOrDefault(r => r.Key == key)?.Value.Value;

        Assert.Equal((1.0, 2.0), (Row("engagements-delivered", "Force", PerformanceFixture.Lincs)!.Value, Row("engagements-delivered", "Force", PerformanceFixture.Notts)!.Value));
        Assert.Equal((30.0, 12.0, 7.0), (Row("people-reached", "Kind", "Presentation")!.Value, Row("people-reached", "Kind", "Webinar")!.Value, Row("people-reached", "Kind", "Exercise")!.Value));
        Assert.Equal((2.0, 1.0), (Row("organisations-engaged", "Sector", "C")!.Value, Row("organisations-engaged", "Sector", "G")!.Value));
        Assert.Equal((1.0, 1.0, null), (Row("smes-engaged", "Size", "Micro")!.Value, Row("smes-engaged", "Size", "Small")!.Value, Row("smes-engaged", "Size", "Large")));
        Assert.Equal((2.5, 1.0), (Row("mean-confidence-uplift", "Topic", seeded.TopicOne.ToString())!.Value, Row("mean-confidence-uplift", "Topic", seeded.TopicFormula.ToString())!.Value));
        Assert.Equal(100.0, Row("contacted-in-time-rate", "Force", PerformanceFixture.Notts));
        Assert.Equal(50.0, Row("contacted-in-time-rate", "Force", PerformanceFixture.Lincs));
        Assert.Equal(4.5, Row("median-days-to-first-contact", "Force", PerformanceFixture.Lincs)); // 2 and 7
        Assert.Equal(1000.0, Row("money-lost", "Offence", "RomanceFraud"));
        Assert.Equal("Lincolnshire Police", figures.Metric("engagements-delivered")!.Breakdowns.Single(b => b.Field == "Force").Rows.Single(r => r.Key == PerformanceFixture.Lincs).Label);
    }

    [Fact]
    public async Task ForceReturn_CountsOnlyThatForce()
    {
        await factory.SeededAsync();
        var lincs = await PerformanceFixture.FiguresAsync(factory, PerformanceFixture.Lincs);

        Assert.Equal(1.0, lincs.Metric("engagements-delivered")!.Total.Value);
        Assert.Equal(30.0, lincs.Metric("people-reached")!.Total.Value);
        Assert.Equal(2.0, lincs.Metric("referrals-received")!.Total.Value);
        Assert.Equal(4.5, lincs.Metric("median-days-to-first-contact")!.Total.Value);
        Assert.Equal(2.0, lincs.Metric("smes-engaged")!.Total.Value); // O1 and O2; O4 was at no delivered engagement
    }

    [Fact]
    public async Task DrillDown_ListsTheRecordsBehindAFigure_AndWithholdsReferralsFromThoseWhoMayNotSeeThem()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.WithTeams(Team.FraudProtect).BuildAsync());
        var quarter = PerformanceFixture.Quarter.Code;

        var (_, engagements) = await officer.GetAsync($"/performance/records?metric=engagements-delivered&quarter={quarter}");
        Assert.Equal(["Fixture late September exercise", "Fixture webinar", "Fixture presentation"],
            engagements.TestId("records")!.QuerySelectorAll("a").Select(a => a.TextContent).ToList());

        var (_, lincs) = await officer.GetAsync($"/performance/records?metric=engagements-delivered&quarter={quarter}&field=Force&value={PerformanceFixture.Lincs}");
        Assert.Equal(["Fixture presentation"], lincs.TestId("records")!.QuerySelectorAll("a").Select(a => a.TextContent).ToList());

        var (_, referrals) = await officer.GetAsync($"/performance/records?metric=referrals-contacted&quarter={quarter}");
        Assert.Equal(3, referrals.TestId("records")!.QuerySelectorAll("a").Length);

        var prevent = await Session.SignedInAsync(factory, await _users.WithTeams(Team.CyberPrevent).BuildAsync());
        var (_, withheld) = await prevent.GetAsync($"/performance/records?metric=referrals-contacted&quarter={quarter}");
        Assert.NotNull(withheld.TestId("records-withheld"));
        Assert.Null(withheld.TestId("records"));
        Assert.Equal("3 records", withheld.TestId("record-count")!.TextContent);

        var (unknown, _) = await officer.GetAsync($"/performance/records?metric=no-such-metric&quarter={quarter}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task HomePage_ShowsMyFiguresThisQuarter_TeamReferralsToSupervisors_AndTheRegionToHeadsOfUnit()
    {
        var seeded = await factory.SeededAsync();
        await factory.WithDbAsync(async db =>
        {
            // This quarter (October to December 2026): one engagement the lead delivered, one victim they reached.
            db.Add(new Engagement
            {
                RegionCode = "EM",
                Title = "November talk",
                StartsAt = UkTime.ToUtc(new DateTime(2026, 10, 20, 10, 0, 0)),
                ForceCode = PerformanceFixture.Lincs,
                Team = Team.CyberProtect,
                Kind = EngagementKind.Presentation,
                Status = EngagementStatus.Delivered,
                PeopleReached = 25,
                LeadOfficerId = seeded.LeadId,
                LeadOfficerName = "Lead",
            });
            var referral = await db.Set<VictimReferral>().IgnoreQueryFilters().FirstAsync(r => r.RegionCode == "EM" && r.ReceivedAt > UkTime.ToUtc(new DateTime(2026, 10, 1)));
            (referral.AssignedToId, referral.AssignedToName, referral.Status) = (seeded.LeadId, "Lead", ReferralStatus.Assigned);
            db.Add(new ContactAttempt { RegionCode = "EM", ReferralId = referral.Id, Method = ContactMethod.Phone, Outcome = ContactOutcome.NoAnswer, At = UkTime.ToUtc(new DateTime(2026, 10, 2, 9, 0, 0)), OfficerId = seeded.LeadId, OfficerName = "Lead" });
            db.Add(new ContactAttempt { RegionCode = "EM", ReferralId = referral.Id, Method = ContactMethod.Phone, Outcome = ContactOutcome.AdviceGiven, At = UkTime.ToUtc(new DateTime(2026, 10, 3, 9, 0, 0)), OfficerId = seeded.LeadId, OfficerName = "Lead" });
            return await db.SaveChangesAsync();
        });

        var lead = await Session.SignedInAsync(factory, factory.Lead);
        var (_, home) = await lead.GetAsync("/");
        Assert.Equal(("1", "25", "1", "1", "1"), (home.TestId("my-engagements")!.TextContent, home.TestId("my-people")!.TextContent,
            home.TestId("my-victims")!.TextContent, home.TestId("my-open")!.TextContent, home.TestId("my-actions-done")!.TextContent)); // A3 was done on 1 October
        Assert.Null(home.TestId("team-summary"));
        Assert.Null(home.TestId("region-figures"));

        var supervisor = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Supervisor).WithTeams(Team.FraudProtect).BuildAsync());
        var (_, supervisorHome) = await supervisor.GetAsync("/");
        // Open: R1, R2, R4 (contacted) and R5 (assigned above); R5 is past its first-contact date with no contact recorded on it.
        Assert.StartsWith("4 open, 1 overdue", supervisorHome.TestId("team-summary")!.TextContent, StringComparison.Ordinal);

        var head = await Session.SignedInAsync(factory, await _users.WithRoles(Role.HeadOfUnit).BuildAsync());
        var (_, headHome) = await head.GetAsync("/");
        Assert.Contains("1 engagements", headHome.TestId("region-figures")!.TextContent, StringComparison.Ordinal); // the November talk
    }

    [Fact]
    public async Task Dashboard_DrawsAccessibleChartsWithTheirTables()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());

        var (response, page) = await officer.GetAsync($"/performance?quarter={PerformanceFixture.Quarter.Code}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3 engagements", page.TestId("headline-engagements-delivered")!.TextContent.Trim());
        var chart = page.TestId("chart-forces-engagements")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Lincolnshire Police: 1 engagements", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var table = page.TestId("table-forces-engagements")!;
        // Every force of the region has its row: the three with no engagement as zero, not left out.
        Assert.Equal(["Derbyshire Constabulary: 0", "Leicestershire Police: 0", "Lincolnshire Police: 1", "Northamptonshire Police: 0", "Nottinghamshire Police: 2"],
            table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelector("th")!.TextContent + ": " + tr.QuerySelector("td")!.TextContent).ToList());
        Assert.Equal("3", page.TestId("table-trend-engagements")!.QuerySelectorAll("tbody td")[^1].TextContent);
        Assert.Equal(4, page.TestId("table-offence-referrals")!.QuerySelectorAll("tbody tr").Length);
    }
}
