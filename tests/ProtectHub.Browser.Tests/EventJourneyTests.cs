using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Browser.Tests;

public sealed class EventJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static Task<IBrowserContext> PhoneAsync(BrowserFixture fixture) =>
        fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, ViewportSize = new ViewportSize { Width = 375, Height = 667 }, IsMobile = true });

    [Fact]
    public async Task Officer_RunsAnEventFromOrganisationToUplift_AndEveryPageIsAccessible()
    {
        var officer = await new TestUserBuilder(fixture.Factory).BuildAsync();
        var page = await fixture.SignedInPageAsync(officer);

        // An organisation, and one of its people as a contact.
        await page.GotoAsync("/partners/organisations/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Boston Builders Ltd");
        await page.GetByLabel("Business", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Micro (fewer than 10 staff)").CheckAsync();
        await page.GetByLabel("Force area").SelectOptionAsync("LINCOLNSHIRE");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("organisation-name")).ToHaveTextAsync("Boston Builders Ltd");
        var organisationUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a contact" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Bob Builder");
        await page.GetByLabel("Email address").FillAsync("bob@boston-builders.example");
        await page.GetByLabel("Legitimate interests").CheckAsync();
        await page.GetByTestId("save").ClickAsync();

        // Plan the event and open registration with two places.
        await page.GotoAsync("/engagements/new");
        await page.GetByLabel("Title").FillAsync("Cyber security for builders");
        await page.GetByLabel("Workshop", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_StartsOn").FillAsync("20");
        await page.Locator("#Input_StartsOn-month").FillAsync("11");
        await page.Locator("#Input_StartsOn-year").FillAsync("2026");
        await page.GetByLabel("Start time").FillAsync("18:00");
        await page.GetByLabel("Duration in minutes").FillAsync("90");
        await page.GetByLabel("In person", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Venue (in person only)").FillAsync("Boston Guildhall");
        await page.GetByLabel("Force area").SelectOptionAsync("LINCOLNSHIRE");
        await page.GetByLabel("Cyber Protect").CheckAsync();
        await page.GetByLabel("Phishing", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("F: Construction").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("engagement-title")).ToHaveTextAsync("Cyber security for builders");
        var engagementUrl = page.Url;
        await page.GetByLabel("Number of places (optional)").FillAsync("2");
        await page.GetByTestId("open-registration").ClickAsync();
        await Assertions.Expect(page.GetByTestId("places")).ToHaveTextAsync("0 taken of 2, 0 on the waiting list");
        await Axe.AssertAccessibleAsync(page);
        var signUpLink = await page.GetByTestId("registration-link").InnerTextAsync();

        // Sign up on a phone, with no account.
        var phone = await PhoneAsync(fixture);
        var person = await phone.NewPageAsync();
        await person.GotoAsync(signUpLink);
        await Axe.AssertAccessibleAsync(person);
        await person.GetByTestId("register").ClickAsync();
        await Assertions.Expect(person.GetByTestId("error-summary")).ToContainTextAsync("Enter your full name");
        await Axe.AssertAccessibleAsync(person);
        await person.GetByLabel("Full name").FillAsync("Bob Builder");
        await person.GetByLabel("Email address").FillAsync("Bob@Boston-Builders.example");
        await person.GetByLabel("Organisation (optional)").FillAsync("Boston Builders");
        await person.GetByLabel("I have read how my details will be used").CheckAsync();
        await person.GetByTestId("register").ClickAsync();
        await Assertions.Expect(person.GetByTestId("registered")).ToContainTextAsync("You have a place");
        await Axe.AssertAccessibleAsync(person);

        // The day comes (attendance and delivery are recorded once the event has started): mark attendance at the door,
        // with a walk-in, then record the delivery.
        var engagementId = Guid.Parse(engagementUrl.Split('/')[^1]);
        await fixture.Factory.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.Engagement>().IgnoreQueryFilters().Where(e => e.Id == engagementId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAt, fixture.Factory.Time.GetUtcNow().AddHours(-1))));
        await page.GotoAsync(engagementUrl);
        await page.GetByTestId("attendance-list").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Full name").FillAsync("Wendy Walk-in");
        await page.GetByTestId("add-walk-in").ClickAsync();
        await page.GetByLabel("Bob Builder attended").CheckAsync();
        await page.GetByTestId("save-attendance").ClickAsync();
        await Assertions.Expect(page.GetByTestId("attendance-counts")).ToContainTextAsync("2 attended");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync(engagementUrl + "/deliver");
        await Assertions.Expect(page.GetByLabel("Number of people reached")).ToHaveValueAsync("2");
        await page.GetByLabel("Number of people reached").FillAsync("14");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("issue-feedback").ClickAsync();
        var feedbackLink = await page.GetByTestId("feedback-link").InnerTextAsync();

        // Feedback from the phone.
        await person.GotoAsync(feedbackLink);
        await person.Locator("input[name^='Before'][value='2']").CheckAsync();
        await person.Locator("input[name^='After'][value='4']").CheckAsync();
        await person.GetByTestId("send").ClickAsync();
        await Assertions.Expect(person.GetByTestId("thank-you")).ToBeVisibleAsync();

        // The uplift, on the engagement, across engagements, and in the debrief; the attendance on the organisation.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("feedback-uplift")).ToHaveTextAsync("2.0 before, 4.0 after: uplift +2.0");
        var heldOn = ProtectHub.Core.Time.UkTime.DateOf(fixture.Factory.Time.GetUtcNow().AddHours(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/engagements/feedback?From={heldOn}&To={heldOn}");
        await Assertions.Expect(page.GetByTestId("overall-uplift")).ToContainTextAsync("+2.00");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync(engagementUrl);
        await page.GetByTestId("debrief-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("debrief-attendance")).ToHaveTextAsync("1 signed up, 1 walk-in, 2 attended");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync(organisationUrl);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Bob Builder attended Cyber security for builders");

        // The officer's calendar feed.
        await page.GotoAsync("/calendar");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("create-feed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/calendar/[A-Za-z0-9_-]+\.ics$"));
        await Axe.AssertAccessibleAsync(page);
        await phone.CloseAsync();
    }

    [Fact]
    public async Task Officer_ImportsContacts_AndTheUploadMappingProgressAndResultPagesAreAccessible()
    {
        var officer = await new TestUserBuilder(fixture.Factory).BuildAsync();
        var page = await fixture.SignedInPageAsync(officer);
        await page.GotoAsync("/partners/contacts");
        await page.GetByTestId("import-contacts").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "contacts.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Name,Email,Lawful basis\nIvy Jones,ivy@jones.example,consent\nKit Lowe,kit@lowe.example,public task\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import").ClickAsync();
        // The progress page updates itself and shows the result when the background import has finished.
        await Assertions.Expect(page.GetByTestId("import-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("row-errors")).ToContainTextAsync("Enter the date consent was given");
        await Axe.AssertAccessibleAsync(page);

        // A queued import that has not started yet, to check the progress page itself.
        var uploadId = await fixture.Factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHubDbContext>();
            var upload = new ImportUpload { RegionCode = officer.RegionCode, UserId = officer.Id, Kind = "contacts", FileName = "waiting.csv", Status = ImportStatus.Queued, RowsTotal = 5000, RowsDone = 1000, UploadedAt = fixture.Factory.Time.GetUtcNow() };
            db.Add(upload);
            await db.SaveChangesAsync();
            return upload.Id;
        });
        await page.GotoAsync($"/partners/contacts/import/{uploadId}");
        await Assertions.Expect(page.GetByTestId("import-progress")).ToContainTextAsync("Waiting to start");
        await Axe.AssertAccessibleAsync(page);
    }
}
