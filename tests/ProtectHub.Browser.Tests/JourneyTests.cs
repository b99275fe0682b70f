using Microsoft.Playwright;
using ProtectHub.Core.Access;

namespace ProtectHub.Browser.Tests;

public sealed class JourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly TestUserBuilder _users = new(fixture.Factory);

    [Fact]
    public async Task NewUser_EnrolsFromTheKey_SignsOut_AndSignsInWithACode()
    {
        var user = await _users.NotEnrolled().BuildAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByTestId("sign-in").ClickAsync();

        await page.WaitForURLAsync("**/sign-in/set-up-authenticator");
        await Axe.AssertAccessibleAsync(page);
        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = user with { AuthenticatorKey = key };
        await page.GetByLabel("Code from your authenticator app").FillAsync("123");
        await page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("The code is wrong");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Code from your authenticator app").FillAsync(enrolled.CurrentCode(fixture.Factory.Time));
        await page.GetByTestId("verify").ClickAsync();

        await page.WaitForURLAsync("**/sign-in/recovery-codes");
        Assert.Equal(10, await page.GetByTestId("recovery-codes").Locator("li").CountAsync());
        await Axe.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to ProtectHub" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/sign-in");
        await page.GotoAsync("/");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/sign-in/code**");
        await Axe.AssertAccessibleAsync(page);
        fixture.Factory.Time.Advance(TimeSpan.FromSeconds(31));
        await page.GetByLabel("Authentication code").FillAsync(enrolled.CurrentCode(fixture.Factory.Time));
        await page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Administrator_CreatesAUser_AndEveryAdminPageIsAccessible()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, admin);

        await page.GotoAsync("/admin/users");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("create-user").ClickAsync();
        await page.WaitForURLAsync("**/admin/users/new");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Enter an email address");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("Email address").FillAsync("sam.new@lincs.police.uk");
        await page.GetByLabel("Temporary password").FillAsync("a long enough passphrase");
        await page.GetByLabel("Full name").FillAsync("Sam New");
        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("EM");
        await page.GetByLabel("Home force", new() { Exact = true }).SelectOptionAsync("LINCOLNSHIRE");
        await page.GetByLabel("Officer", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Cyber Prevent").CheckAsync();
        await page.GetByLabel("SC (Security Check)").CheckAsync();
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync("9");
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2028");
        await page.GetByTestId("save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("notification-banner")).ToContainTextAsync("Sam New has been created");
        await Assertions.Expect(page.GetByTestId("user-details")).ToContainTextAsync("Lincolnshire Police");
        await Axe.AssertAccessibleAsync(page);
        var detailsUrl = page.Url;

        foreach (var suffix in new[] { "/edit", "/access", "/reset-authenticator" })
        {
            await page.GotoAsync(detailsUrl + suffix);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.GetByTestId("audit-entries")).ToContainTextAsync("Collected");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verification")).ToContainTextAsync("chain is intact");
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ReferenceInformationAndErrorPages_AreAccessible()
    {
        var officer = await _users.BuildAsync();
        var page = await fixture.NewPageAsync();
        foreach (var path in new[] { "/accessibility", "/privacy" })
        {
            await page.GotoAsync(path);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GotoAsync("/sign-in");
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Enter your email address");
        await Axe.AssertAccessibleAsync(page);

        await fixture.SignInAsync(page, officer);
        await Axe.AssertAccessibleAsync(page);
        foreach (var path in new[] { "/regions", "/regions/em", "/admin/users", "/no-such-page" })
        {
            await page.GotoAsync(path);
            await Axe.AssertAccessibleAsync(page);
        }

        await Assertions.Expect(page.GetByTestId("error-heading")).ToHaveTextAsync("Page not found");

        var national = await _users.WithRoles(Role.NationalCoordinator).BuildAsync();
        var nationalPage = await fixture.NewPageAsync();
        await fixture.SignInAsync(nationalPage, national);
        await nationalPage.GotoAsync("/national");
        await Assertions.Expect(nationalPage.GetByTestId("national-figures")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(nationalPage);

        var coordinatorPage = await fixture.SignedInPageAsync(await _users.WithRoles(Role.Coordinator).BuildAsync());
        await coordinatorPage.GotoAsync("/admin/lists");
        await Assertions.Expect(coordinatorPage.GetByTestId("list-topic")).ToContainTextAsync("Phishing");
        await Axe.AssertAccessibleAsync(coordinatorPage);
    }

    /// <summary>
    /// Issue 21 (bug 10, gap 1): every list page reflows at 320 CSS pixels (WCAG 1.4.10: the page never scrolls sideways;
    /// a wide table scrolls inside its own region), and the navigation leads to every area the user works in.
    /// </summary>
    [Fact]
    public async Task ListPages_ReflowAt320Pixels_AndTheNavigationLeadsToEveryAreaOfTheUser()
    {
        var head = await new TestUserBuilder(fixture.Factory).WithRoles(Role.HeadOfUnit, Role.RegionalAdministrator)
            .WithTeams(Team.CyberProtect, Team.CyberPrevent, Team.FraudProtect).BuildAsync();
        var page = await fixture.SignedInPageAsync(head);
        var navigation = page.Locator("#navigation");
        foreach (var area in new[] { "Engagements", "Organisations", "Contacts", "Victim referrals", "Prevent", "Performance", "Users", "Audit log" })
        {
            await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = area, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "National picture" })).ToHaveCountAsync(0);
        await page.SetViewportSizeAsync(320, 640);
        var wide = new List<string>();
        foreach (var url in new[]
        {
            "/", "/engagements", "/partners/organisations", "/partners/contacts", "/referrals", "/referrals/workload", "/prevent", "/prevent/consultations",
            "/prevent/operations", "/performance", "/performance/returns", "/performance/plans", "/admin/users", "/admin/audit", "/regions",
        })
        {
            await page.GotoAsync(url);
            var sizes = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            if (sizes[0] > sizes[1] + 1)
            {
                wide.Add($"{url} ({sizes[0]} px)");
            }
        }

        Assert.True(wide.Count == 0, "these pages scroll sideways at 320 pixels: " + string.Join(", ", wide));
        await page.SetViewportSizeAsync(1280, 800);

        var national = await fixture.SignedInPageAsync(await new TestUserBuilder(fixture.Factory).WithRoles(Role.NationalCoordinator).WithTeams().BuildAsync());
        await national.Locator("#navigation").GetByRole(AriaRole.Link, new() { Name = "National picture" }).ClickAsync();
        await Assertions.Expect(national.GetByRole(AriaRole.Heading, new() { Name = "National picture", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(national.Locator("#navigation").GetByRole(AriaRole.Link, new() { Name = "Victim referrals" })).ToHaveCountAsync(0);
        await national.GetByTestId("national-prevent").ClickAsync();
        await Assertions.Expect(national.GetByRole(AriaRole.Heading, new() { Name = "Prevent figures for every region" })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(national);
    }
}
