using Microsoft.Playwright;
using ProtectHub.Core.Access;

namespace ProtectHub.Browser.Tests;

public sealed class PerformanceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FromPlanToSubmittedReturn_ThroughEachRole_AndEveryPerformancePageIsAccessible()
    {
        var users = new TestUserBuilder(fixture.Factory);
        var lead = await users.BuildAsync();
        await PerformanceFixture.SeedAsync(fixture.Factory, lead.Id);
        var head = await fixture.SignedInPageAsync(await users.WithRoles(Role.HeadOfUnit, Role.Coordinator).BuildAsync());

        // The dashboard, with its charts and their tables.
        await head.GotoAsync("/performance?quarter=" + PerformanceFixture.Quarter.Code);
        await Assertions.Expect(head.GetByTestId("headline-engagements-delivered")).ToContainTextAsync("3 engagements");
        await Axe.AssertAccessibleAsync(head);

        // A delivery plan with a target measured from the records.
        await head.GotoAsync("/performance/plans");
        await Axe.AssertAccessibleAsync(head);
        await head.GetByLabel("Title").FillAsync("East Midlands Protect plan");
        await head.GetByTestId("start-plan").ClickAsync();
        await head.GetByLabel("Protect", new() { Exact = true }).CheckAsync();
        await head.GetByLabel("Objective", new() { Exact = true }).FillAsync("Reach more SMEs");
        await head.GetByTestId("add-objective").ClickAsync();
        await head.GetByLabel("Target", new() { Exact = true }).FillAsync("Engage 4 SMEs in Lincolnshire");
        await head.GetByLabel("Measured by").SelectOptionAsync("smes-engaged");
        await head.GetByLabel("Area").SelectOptionAsync(PerformanceFixture.Lincs);
        await head.GetByLabel("Figure for the year").FillAsync("4");
        await head.GetByTestId("add-target").ClickAsync();
        await Assertions.Expect(head.GetByTestId("rag")).ToHaveTextAsync("Green");
        await Axe.AssertAccessibleAsync(head);

        // The catalogue and its editor.
        await head.GotoAsync("/performance/metrics");
        await Axe.AssertAccessibleAsync(head);
        await head.GetByTestId("add-metric").ClickAsync();
        await Axe.AssertAccessibleAsync(head);

        // The effectiveness review, with the coordinator's population upload.
        await head.GotoAsync("/performance/effectiveness?year=2026");
        await Assertions.Expect(head.GetByTestId("table-uplift-topic")).ToBeAttachedAsync();
        await Axe.AssertAccessibleAsync(head);

        // An officer drafts the return and opens the records behind a figure.
        var officer = await fixture.SignedInPageAsync(await users.BuildAsync());
        await officer.GotoAsync("/performance/returns");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("start-return").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("return-status")).ToHaveTextAsync("Draft");
        await officer.GetByLabel("Highlights").FillAsync("Record SME reach in Lincolnshire");
        await officer.GetByTestId("save-narrative").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        var returnUrl = officer.Url;
        await officer.GetByTestId("drill-engagements-delivered").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("records").Locator("a")).ToHaveCountAsync(3);
        await Axe.AssertAccessibleAsync(officer);

        // A supervisor reviews it; the head of unit approves and submits it.
        var supervisor = await fixture.SignedInPageAsync(await users.WithRoles(Role.Supervisor).BuildAsync());
        await supervisor.GotoAsync(returnUrl);
        await supervisor.GetByTestId("review").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("return-status")).ToHaveTextAsync("Reviewed");
        await head.GotoAsync(returnUrl);
        await head.GetByTestId("approve").ClickAsync();
        await head.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(head.GetByTestId("return-status")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(head.GetByTestId("narrative")).ToContainTextAsync("Record SME reach in Lincolnshire");
        await Axe.AssertAccessibleAsync(head);
        await head.GetByTestId("print").ClickAsync();
        await Assertions.Expect(head.Locator("svg[role='img']").First).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(head);

        // The national coordinator sees the submitted figures, side by side.
        var national = await fixture.SignedInPageAsync(await users.WithRoles(Role.NationalCoordinator).BuildAsync());
        await national.GotoAsync("/national?quarter=" + PerformanceFixture.Quarter.Code);
        await Assertions.Expect(national.GetByTestId("national-engagements-delivered-EM")).ToHaveTextAsync("3");
        await Axe.AssertAccessibleAsync(national);
    }
}
