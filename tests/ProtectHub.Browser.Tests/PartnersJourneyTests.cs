using Microsoft.Playwright;

namespace ProtectHub.Browser.Tests;

public sealed class PartnersJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_RecordsAnOrganisationMembershipAndContact_AndEveryPartnersPageIsAccessible()
    {
        var officer = await new TestUserBuilder(fixture.Factory).BuildAsync();
        var page = await fixture.SignedInPageAsync(officer);

        await page.GotoAsync("/partners/organisations");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("create-organisation").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Enter the organisation's name");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Lincoln Bakery Ltd");
        await page.GetByLabel("Business", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Small (10 to 49 staff)").CheckAsync();
        await page.GetByLabel("Sector (UK SIC 2007 section)").SelectOptionAsync("C");
        await page.GetByLabel("Force area").SelectOptionAsync("LINCOLNSHIRE");
        await page.GetByLabel("Postcode").FillAsync("ln2 1pq");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("organisation-name")).ToHaveTextAsync("Lincoln Bakery Ltd");
        await Axe.AssertAccessibleAsync(page);
        var organisationUrl = page.Url;

        foreach (var suffix in new[] { "/edit", "/merge", "/partnerships/new", "/memberships/new" })
        {
            await page.GotoAsync(organisationUrl + suffix);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GetByLabel("Police CyberAlarm").CheckAsync();
        await page.Locator("#StartedOn").FillAsync("1");
        await page.Locator("#StartedOn-month").FillAsync("9");
        await page.Locator("#StartedOn-year").FillAsync("2026");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("memberships")).ToContainTextAsync("Police CyberAlarm");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a contact" }).ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        Assert.Contains("organisationId=", page.Url, StringComparison.Ordinal);
        // The organisation comes chosen: its name in the type-ahead picker, its id in the field the form sends.
        Assert.Equal(organisationUrl.Split('/')[^1], await page.Locator("input[type='hidden'][name='Input.OrganisationId']").InputValueAsync());
        Assert.Equal("Lincoln Bakery Ltd", await page.Locator("#Input_OrganisationId").InputValueAsync());
        await page.GetByLabel("Full name").FillAsync("Bea Baker");
        await page.GetByLabel("Legitimate interests").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Bea Baker");
        await Assertions.Expect(page.GetByTestId("contact-details")).ToContainTextAsync("Lincoln Bakery Ltd");
        await Axe.AssertAccessibleAsync(page);
        var contactUrl = page.Url;
        foreach (var path in new[] { contactUrl + "/edit", contactUrl + "/opt-out", "/partners/contacts" })
        {
            await page.GotoAsync(path);
            await Axe.AssertAccessibleAsync(page);
        }

        await page.GotoAsync("/partners/organisations/import");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "organisations.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Name,Type,Force,Postcode\nGrantham Garage,business,LINCOLNSHIRE,NG31 6LL\nNowhere,unknown,LINCOLNSHIRE,\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose the columns" })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("invalid")).ToHaveTextAsync("2");
        await Axe.AssertAccessibleAsync(page);

        await page.GotoAsync(organisationUrl);
        await Assertions.Expect(page.GetByTestId("contacts")).ToContainTextAsync("Bea Baker");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Contact added: Bea Baker");
    }
}
