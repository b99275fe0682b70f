using Microsoft.Playwright;

namespace ProtectHub.Browser.Tests;

public sealed class EngagementJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_PlansDeliversAndFollowsUpAnEngagement_AndEveryPageIsAccessible()
    {
        var officer = await new TestUserBuilder(fixture.Factory).BuildAsync();
        var page = await fixture.SignedInPageAsync(officer);

        await page.GotoAsync("/engagements");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("plan-engagement").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Enter a title");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("Title").FillAsync("Ransomware briefing for Derby GPs");
        await page.GetByLabel("Briefing", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_StartsOn").FillAsync("30"); // Last week: delivery is recorded once it has happened.
        await page.Locator("#Input_StartsOn-month").FillAsync("10");
        await page.Locator("#Input_StartsOn-year").FillAsync("2026");
        await page.GetByLabel("Start time").FillAsync("10:00");
        await page.GetByLabel("Duration in minutes").FillAsync("45");
        await page.GetByLabel("Online", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Force area").SelectOptionAsync("DERBYSHIRE");
        await page.GetByLabel("Cyber Protect").CheckAsync();
        await page.GetByLabel("Ransomware").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("engagement-title")).ToHaveTextAsync("Ransomware briefing for Derby GPs");
        await Axe.AssertAccessibleAsync(page);
        var url = page.Url;

        foreach (var suffix in new[] { "/edit", "/cancel", "/actions/new" })
        {
            await page.GotoAsync(url + suffix);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GetByLabel("What needs to be done?").FillAsync("Email the slides to the practice managers");
        await page.Locator("#DueOn").FillAsync("10");
        await page.Locator("#DueOn-month").FillAsync("11");
        await page.Locator("#DueOn-year").FillAsync("2026");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("actions")).ToContainTextAsync("Email the slides");

        await page.GetByTestId("record-delivery").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Number of people reached").FillAsync("18");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("people-reached")).ToHaveTextAsync("18");

        await page.GetByTestId("issue-feedback").ClickAsync();
        var link = await page.GetByTestId("feedback-link").InnerTextAsync();
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 667 }, IsMobile = true });
        var respondent = await phone.NewPageAsync();
        await respondent.GotoAsync(link);
        await Axe.AssertAccessibleAsync(respondent);
        await respondent.GetByTestId("send").ClickAsync();
        // Each error names the topic it is about.
        await Assertions.Expect(respondent.GetByTestId("error-summary")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Select how confident you felt about .+ before"));
        await Axe.AssertAccessibleAsync(respondent);
        await respondent.Locator("input[name^='Before'][value='2']").CheckAsync();
        await respondent.Locator("input[name^='After'][value='5']").CheckAsync();
        await respondent.GetByTestId("send").ClickAsync();
        await Assertions.Expect(respondent.GetByTestId("thank-you")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(respondent);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("feedback-uplift")).ToHaveTextAsync("2.0 before, 5.0 after: uplift +3.0");
        await Axe.AssertAccessibleAsync(page);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("my-actions")).ToContainTextAsync("Email the slides to the practice managers");
        await Axe.AssertAccessibleAsync(page);
    }
}
