using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

/// <summary>The anonymised Prevent figures: counts per force, small numbers suppressed everywhere, no personal data.</summary>
public sealed class PreventStatisticsTests : IAsyncLifetime
{
    private readonly ProtectHubFactory _factory = new();

    public async Task InitializeAsync()
    {
        // 7 in Derbyshire, 2 in Leicestershire, 6 in Nottinghamshire, all from schools; 3 with neurodiversity recorded.
        var officer = await new TestUserBuilder(_factory).WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync();
        var today = _factory.Time.UkToday();
        var n = 0;
        foreach (var (force, count) in new[] { ("DERBYSHIRE", 7), ("LEICESTERSHIRE", 2), ("NOTTS", 6) })
        {
            for (var i = 0; i < count; i++, n++)
            {
                var number = n;
                await _factory.WithServicesAsync(async sp =>
                {
                    sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(officer.Id, "Test officer", "EM", [Role.Officer], null);
                    var (prevent, errors) = await sp.GetRequiredService<CaseIntake>().ReferAsync(new ReferralForm
                    {
                        Source = PreventSource.SchoolOrCollege,
                        ReferrerName = "Dee Sl",
                        FirstName = $"Pupil{number}",
                        LastName = "Statsworth",
                        DateOfBirth = today.AddYears(-14).AddDays(-number),
                        ForceCode = force,
                        Handles = "Discord: pupil" + number,
                        Behaviour = ConcernBehaviour.DdosOrBooter,
                        BehaviourLevel = BehaviourLevel.Interest,
                        Setting = PreventSetting.School,
                    }, officer.Id, "Test officer");
                    Assert.Empty(errors);
                    if (number < 3)
                    {
                        Assert.Empty(await sp.GetRequiredService<SpecialCategory>().SaveAsync(prevent!, [Neurodiversity.Adhd], DiagnosisStatus.Diagnosed, null, SpecialCategoryBasis.SafeguardingChildren, "Test officer"));
                    }

                    return 0;
                });
            }
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void Suppress_HidesOneToFour_AndASecondCellWhenOnlyOneWouldBeHidden()
    {
        Assert.Equal(["7", "<5", "0", "<5", "15"], PreventStatistics.Suppress([7, 2, 0, 6], 15));
        Assert.Equal(["<5", "<5", "0", "5"], PreventStatistics.Suppress([3, 2, 0], 5));
        Assert.Equal(["9", "6", "0", "15"], PreventStatistics.Suppress([9, 6, 0], 15));
        Assert.Equal(["0", "<5", "<5"], PreventStatistics.Suppress([0, 4], 4));
    }

    [Fact]
    public async Task RegionFigures_ShowCountsPerForce_WithSmallNumbersSuppressed_AndNoNames()
    {
        var session = await Session.SignedInAsync(_factory, await new TestUserBuilder(_factory).WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync());
        var (response, page) = await session.GetAsync("/prevent/statistics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bySource = page.QuerySelectorAll("[data-testid='prevent-figures']").First(t => t.QuerySelector("caption")!.TextContent == "Referrals by source");
        var headers = bySource.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Category", "Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police", "Nottinghamshire Police", "Total"], headers);
        var school = bySource.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "School or college");
        Assert.Equal(["7", "<5", "0", "0", "<5", "15"], school.QuerySelectorAll("td").Select(c => c.TextContent));
        var neuro = page.QuerySelectorAll("[data-testid='prevent-figures'] tbody tr").First(r => r.QuerySelector("th")!.TextContent.StartsWith("Neurodiversity recorded", StringComparison.Ordinal));
        Assert.Equal(["<5", "0", "0", "0", "0", "<5"], neuro.QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.DoesNotContain("Statsworth", page.Body!.TextContent, StringComparison.Ordinal);

        var csv = await session.Client.GetAsync("/prevent/statistics?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("Referrals by source,School or college,7,<5,0,0,<5,15", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Statsworth", text, StringComparison.Ordinal);
        var json = await session.Client.GetStringAsync("/prevent/statistics?handler=Export&format=json");
        Assert.Contains("protecthub-prevent-statistics/1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("pupil", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "PreventStatistics" && e.Action == AuditAction.Disclosed)));
    }

    [Fact]
    public async Task NationalCoordinator_SeesFiguresByRegion_ButNoCase()
    {
        var national = await Session.SignedInAsync(_factory, await new TestUserBuilder(_factory).WithRoles(Role.NationalCoordinator).WithTeams().BuildAsync());
        var (response, page) = await national.GetAsync("/national/prevent");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bySource = page.QuerySelectorAll("[data-testid='prevent-figures']").First(t => t.QuerySelector("caption")!.TextContent == "Referrals by source");
        var headers = bySource.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var school = bySource.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "School or college").QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("15", school[headers.IndexOf("East Midlands") - 1]);
        Assert.Equal("15", school[^1]);
        Assert.Equal(HttpStatusCode.Forbidden, (await national.Client.GetAsync("/prevent")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await national.Client.GetAsync("/prevent/statistics")).StatusCode);
        var protect = await Session.SignedInAsync(_factory, await new TestUserBuilder(_factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await protect.Client.GetAsync("/national/prevent")).StatusCode);
    }

    /// <summary>The Prevent sources of the metric catalogue: a coordinator's metric counts referrals per force, small numbers suppressed everywhere.</summary>
    [Fact]
    public async Task MetricCatalogue_PreventSource_CountsPerForce_AndSuppressesSmallNumbersOnPagesExportsAndDrillDowns()
    {
        var metric = new ProtectHub.Core.Performance.MetricDefinition
        {
            Key = "prevent-referrals",
            Name = "Young people referred to Cyber Prevent",
            Definition = "Referrals received in the quarter",
            Unit = "young people",
            Source = ProtectHub.Core.Performance.MetricSource.PreventReferrals,
            Measure = ProtectHub.Core.Performance.MetricMeasure.Count,
            Breakdowns = ["Force", "Neurodiversity"],
        };
        Assert.Empty(await _factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("coordinator");
            return sp.GetRequiredService<ProtectHub.Core.Performance.MetricCatalogue>().SaveAsync(metric);
        }));
        var quarter = ProtectHub.Core.Performance.FinancialQuarter.Containing(_factory.Time.UkToday());
        var figures = await _factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(Guid.NewGuid(), "head", "EM", [Role.HeadOfUnit], null);
            return sp.GetRequiredService<ProtectHub.Core.Performance.MetricEngine>().ComputeAsync("EM", ProtectHub.Core.Performance.MetricScope.For(quarter), [metric]);
        });
        var figure = figures.Metric("prevent-referrals")!;
        Assert.Equal(15, figure.Total.Value);
        var byForce = figure.Breakdowns.Single(b => b.Field == "Force").Rows.ToDictionary(r => r.Label, r => r.Value);
        Assert.Equal((7.0, false), (byForce["Derbyshire Constabulary"].Value!.Value, byForce["Derbyshire Constabulary"].Suppressed));
        Assert.True(byForce["Leicestershire Police"].Suppressed);
        Assert.True(figure.Breakdowns.Single(b => b.Field == "Neurodiversity").Rows.Single(r => r.Key == "Yes").Value.Suppressed);

        var csv = Encoding.UTF8.GetString(ProtectHub.Core.Performance.ReturnExports.Csv(figures));
        Assert.Contains("prevent-referrals,Young people referred to Cyber Prevent,Force area,Leicestershire Police,<5,young people,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Leicestershire Police,2", csv, StringComparison.Ordinal);
        var json = Encoding.UTF8.GetString(ProtectHub.Core.Performance.ReturnExports.JsonDocument(new ProtectHub.Core.Performance.PerformanceReturn { RegionCode = "EM" }, figures));
        Assert.Contains("\"suppressed\": true", json, StringComparison.Ordinal);

        // In its drill-down, a Protect officer is shown no case and no count of young people; the Prevent team sees both.
        var protect = await Session.SignedInAsync(_factory, await new TestUserBuilder(_factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        var (_, drill) = await protect.GetAsync($"/performance/records?metric=prevent-referrals&quarter={quarter.Code}&field=Force&value=LEICESTERSHIRE");
        Assert.NotNull(drill.TestId("records-withheld"));
        Assert.Null(drill.TestId("record-count"));
        var prevent = await Session.SignedInAsync(_factory, await new TestUserBuilder(_factory).WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync());
        var (_, theirs) = await prevent.GetAsync($"/performance/records?metric=prevent-referrals&quarter={quarter.Code}&field=Force&value=LEICESTERSHIRE");
        Assert.Equal("2 records", theirs.TestId("record-count")!.TextContent.Trim());
    }
}
