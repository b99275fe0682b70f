using ProtectHub.Core.Access;
using ProtectHub.Core.Performance;

namespace ProtectHub.Web.Tests;

/// <summary>A database holding only the hand-counted performance fixture, seeded once for the class.</summary>
public sealed class PerformanceFactory : ProtectHubFactory
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private PerformanceFixture.Seeded? _seeded;

    public async Task<PerformanceFixture.Seeded> SeededAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                var lead = await new TestUserBuilder(this).BuildAsync();
                _seeded = await PerformanceFixture.SeedAsync(this, lead.Id);
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
        Assert.Equal(["Lincolnshire Police", "Nottinghamshire Police"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList());
        Assert.Equal("3", page.TestId("table-trend-engagements")!.QuerySelectorAll("tbody td")[^1].TextContent);
        Assert.Equal(4, page.TestId("table-offence-referrals")!.QuerySelectorAll("tbody tr").Length);
    }
}
