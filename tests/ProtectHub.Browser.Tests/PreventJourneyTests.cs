using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ProtectHub.Core.Access;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;

namespace ProtectHub.Browser.Tests;

public sealed class PreventJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task FillDateAsync(IPage page, DateOnly date)
    {
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Supervisor_TakesAConsultationToAReferral_ThroughDeconflictionConsentInterventionClosureAndReview_OnAccessiblePages()
    {
        var supervisor = await new TestUserBuilder(fixture.Factory).WithRoles(Role.Supervisor).WithTeams(Team.CyberPrevent).BuildAsync();
        var page = await fixture.SignedInPageAsync(supervisor);
        var today = fixture.Factory.Time.UkToday();

        await page.GotoAsync("/prevent");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("new-consultation").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Who is asking?" }).GetByLabel("School or college", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("14 to 15").CheckAsync();
        await page.GetByLabel("DDoS or booter use").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Where did it come to notice?" }).GetByLabel("School", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Concerns").FillAsync("A pupil boasts of taking the school's game server offline");
        await page.GetByLabel("The team's advice").FillAsync("Refer to Cyber Choices");
        await page.GetByLabel("Proceed to a referral").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refer a young person" })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page);

        // An error first: the form says which field and why, and is accessible with its errors.
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the young person's first name");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Where has the referral come from?" }).GetByLabel("School or college", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Referrer's name").FillAsync("Sam Safeguarding");
        await page.GetByLabel("First name").FillAsync("Robin");
        await page.GetByLabel("Last name").FillAsync("Booter");
        await FillDateAsync(page, today.AddYears(-14).AddDays(-20));
        await page.GetByLabel("Force area where they live").SelectOptionAsync("NOTTS");
        await page.GetByLabel("Online handles (optional)").FillAsync("Discord: r0bin_b00t");
        await page.GetByLabel("DDoS or booter use").CheckAsync();
        await page.GetByLabel("Low-level misuse").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Where did it come to notice?" }).GetByLabel("School", new() { Exact = true }).CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("subject-name")).ToHaveTextAsync("Robin Booter");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Awaiting deconfliction");
        await Axe.AssertAccessibleAsync(page);
        var caseUrl = page.Url;

        await page.GetByTestId("deconflict").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Clear: not part of an investigation or operation").CheckAsync();
        await page.GetByLabel("Reference of the check").FillAsync("INT-2026-0099");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Ready for contact");
        await page.GetByTestId("pick").ClickAsync();

        await page.GetByTestId("record-consent").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("A parent or carer (under 16)").CheckAsync();
        await FillDateAsync(page, today);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent")).ToContainTextAsync("Given by a parent or carer");

        await page.GetByTestId("edit-special").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Autism").CheckAsync();
        await page.GetByLabel("Suspected").CheckAsync();
        await page.GetByLabel("Safeguarding of children and individuals at risk (DPA 2018, schedule 1, paragraph 18)").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("special-category")).ToContainTextAsync("Autism (suspected)");

        await page.GetByTestId("add-intervention").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Cyber Choices home or school visit").CheckAsync();
        await FillDateAsync(page, today);
        await page.GetByLabel("Engaged", new() { Exact = true }).CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("interventions")).ToContainTextAsync("Cyber Choices home or school visit");

        await page.GetByTestId("raise-safeguarding").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("School designated safeguarding lead").CheckAsync();
        await page.GetByLabel("What is the concern?").FillAsync("Contact with older gamers who pay him");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("safeguarding")).ToContainTextAsync("older gamers");

        await page.GetByTestId("close").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Engaged and completed").CheckAsync();
        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("outcome")).ToContainTextAsync("Engaged and completed");
        await Axe.AssertAccessibleAsync(page);

        // Twelve months on (moved through the database, not the clock, which the browser session depends on).
        var caseId = Guid.Parse(caseUrl.Split('/')[^1]);
        await fixture.Factory.WithDbAsync(db => db.Set<FollowUpReview>().IgnoreQueryFilters().Where(r => r.CaseId == caseId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.DueOn, today)));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("prevent-reviews-due")).ToContainTextAsync("12-month review");
        await page.GetByTestId("prevent-reviews-due").GetByRole(AriaRole.Link).Last.ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Have they been referred again?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Are they known to have offended since?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("A qualification").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reviews")).ToContainTextAsync("positive outcome: a qualification");

        await page.GotoAsync("/prevent/statistics");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync("/prevent/consultations");
        await Assertions.Expect(page.GetByTestId("consultations")).ToContainTextAsync("Proceed to a referral");
        await Axe.AssertAccessibleAsync(page);

        // A national operation's list: imported, linked to the case by handle, letters printed.
        await page.GotoAsync("/prevent/operations");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import-list").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "Operation Journey.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("First name,Surname,Email,Username\nAlex,Stresser,alex@example.org,R0BIN_B00T\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("1");
        await page.GotoAsync("/prevent/operations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Operation Journey" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("match")).ToContainTextAsync("is the case's handle 'Discord: r0bin_b00t'");
        await Axe.AssertAccessibleAsync(page);
        var operationUrl = page.Url;
        await page.GetByText("The operation and its warning letter").ClickAsync();
        await page.GetByLabel("Service the people on the list used").FillAsync("a DDoS-for-hire website");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("print-letters").ClickAsync();
        await Assertions.Expect(page.GetByTestId("letter")).ToContainTextAsync("Dear Alex Stresser,");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync(operationUrl);
        await page.GetByTestId("email-letters").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("1 warning letters emailed");
        // Caught by the real SMTP server the test run started.
        var letter = Assert.Single(await fixture.Factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == "alex@example.org");
        Assert.Contains("Dear Alex Stresser,", letter.TextBody, StringComparison.Ordinal);

        // The case list reflows at 320 CSS pixels (WCAG 1.4.10): the page itself never scrolls sideways.
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync("/prevent?Status=Closed");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the case list scrolls sideways at 320 pixels");
    }
}
