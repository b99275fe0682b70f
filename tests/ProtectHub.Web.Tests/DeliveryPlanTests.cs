using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

/// <summary>Delivery plans over the hand-counted fixture: progress from the records and the RAG rule.</summary>
public sealed class DeliveryPlanTests(PerformanceFactory factory) : IClassFixture<PerformanceFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Targets_ShowProgressFromTheRecords_WithRedAmberGreenByTheStatedRule()
    {
        await factory.SeededAsync();
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());
        var created = await coordinator.PostFormAsync("/performance/plans", [F("Year", "2026"), F("Title", "East Midlands Protect plan 2026 to 2027")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        await coordinator.PostFormAsync(url, [F("Strand", "Protect"), F("ObjectiveText", "Reach more SMEs"), F("Owner", "DI Protect")], handler: "Objective");
        var (_, page) = await coordinator.GetAsync(url);
        var objective = page.QuerySelector("select[name='ObjectiveId'] option")!.GetAttribute("value")!;

        async Task AddAsync(string description, string metric, string force, string target, string field = "", string value = "")
        {
            var response = await coordinator.PostFormAsync(url, [F("ObjectiveId", objective), F("Description", description), F("MetricKey", metric), F("ForceCode", force),
                F("BreakdownField", field), F("BreakdownValue", value), F("TargetValue", target), F("Direction", "Higher"), F("TargetOwner", "")], handler: "Target");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // The clock is at 2 November 2026: 216 of the plan year's 365 days have gone (59%).
        // Lincolnshire's SMEs engaged since April: O1 and O2 (July), O4 (30 June) = 3.
        await AddAsync("Engage 4 SMEs in Lincolnshire", "smes-engaged", PerformanceFixture.Lincs, "4"); // 2.4 by now: green
        await AddAsync("Engage 6 SMEs in Lincolnshire", "smes-engaged", PerformanceFixture.Lincs, "6"); // 3.6 by now, amber from 2.9
        await AddAsync("Engage 10 SMEs in Lincolnshire", "smes-engaged", PerformanceFixture.Lincs, "10"); // 5.9 by now: red
        await AddAsync("Raise mean confidence uplift to 1.5", "mean-confidence-uplift", "", "1.5"); // 2.0 so far: green
        await AddAsync("Raise mean confidence uplift to 2.2", "mean-confidence-uplift", "", "2.2"); // within 10%: amber
        await AddAsync("Raise mean confidence uplift to 2.5", "mean-confidence-uplift", "", "2.5"); // red
        await AddAsync("Engage 2 manufacturers", "organisations-engaged", "", "2", "Sector", "C"); // O1, O3, O4 = 3: green

        var (_, plan) = await coordinator.GetAsync(url);
        var rows = plan.QuerySelectorAll("[data-testid='target']").Select(r => (
            Actual: r.QuerySelector("[data-testid='actual']")!.TextContent,
            Rag: r.QuerySelector("[data-testid='rag']")!.TextContent)).ToList();
        Assert.Equal(
            [("3", "Green"), ("3", "Amber"), ("3", "Red"), ("2", "Green"), ("2", "Amber"), ("2", "Red"), ("3", "Green")],
            rows);
        Assert.Contains("59% of the year has gone, so the pro-rata figure is 3.6; green at or above it, amber from 80% of it, red below",
            plan.QuerySelectorAll("[data-testid='rule']").Select(r => r.TextContent));

        var bad = await Html.ParseAsync(await coordinator.PostFormAsync(url, [F("ObjectiveId", objective), F("Description", ""), F("MetricKey", "smes-engaged"),
            F("ForceCode", ""), F("BreakdownField", "Sector"), F("BreakdownValue", "CC"), F("TargetValue", "lots"), F("Direction", "Higher")], handler: "Target"));
        Assert.Equal(["Describe the target, like \"Engage 400 SMEs in Lincolnshire\"", "Sector cannot be \"CC\"", "Enter the target as a number, 0 or more"], bad.ErrorSummary());

        var (_, dashboard) = await coordinator.GetAsync("/performance");
        Assert.Equal(7, dashboard.TestId("plan-progress")!.QuerySelectorAll("li").Length);

        // An officer sees the plan but cannot change it; another region cannot see it at all.
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (_, asOfficer) = await officer.GetAsync(url);
        Assert.Null(asOfficer.TestId("add-target"));
        var refused = await Html.ParseAsync(await officer.PostFormAsync(url, [F("Strand", "Prevent"), F("ObjectiveText", "Mine"), F("Owner", "")], handler: "Objective"));
        Assert.Contains("Only supervisors, coordinators and heads of unit can change delivery plans", refused.ErrorSummary());
        var outsider = await Session.SignedInAsync(factory, await _users.InRegion(PerformanceFixture.OtherRegion).WithRoles(Role.Coordinator).BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(url)).StatusCode);
    }
}
