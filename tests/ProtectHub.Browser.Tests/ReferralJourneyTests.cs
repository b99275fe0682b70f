using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;

namespace ProtectHub.Browser.Tests;

public sealed class ReferralJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Supervisor_ImportsTriagesEmailsAndClosesAReferral_AndEveryReferralPageIsAccessible()
    {
        var supervisor = await new TestUserBuilder(fixture.Factory).WithRoles(Role.Supervisor, Role.Coordinator).WithTeams(Team.FraudProtect).BuildAsync();
        var page = await fixture.SignedInPageAsync(supervisor);
        var reference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999);

        await page.GotoAsync("/referrals");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import-referrals").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "weekly.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"Crime Reference,Date Reported,Victim Name,DOB,Email,Phone,Force,Offence Category,Amount Lost,Vulnerability\n{reference},30/10/2026,Iris Naylor,01/01/1944,iris.naylor@example.org,01632 960002,NOTTS,Courier fraud,8000,Hard of hearing\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("1");
        await Axe.AssertAccessibleAsync(page);

        await page.GotoAsync("/referrals?Q=" + reference);
        await page.GetByTestId("referral-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("priority-reasons")).ToContainTextAsync("Aged 75 or over");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("pick").ClickAsync();
        await Assertions.Expect(page.GetByTestId("assigned-to")).ToContainTextAsync("Test Supervisor");
        var url = page.Url;

        await page.GetByTestId("record-attempt").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Advice given", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Notes (optional)").FillAsync("Spoke slowly; daughter present");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("record-advice").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Contact your bank straight away, using the number on the back of your card").CheckAsync();
        await page.GetByLabel("Victim Support").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("letter-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("letter")).ToContainTextAsync("Dear Iris Naylor");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("email-letter").ClickAsync();
        await Assertions.Expect(page.GetByTestId("victim-name")).ToHaveTextAsync("Iris Naylor");
        // Caught by the real SMTP server the test run started.
        var email = Assert.Single(await fixture.Factory.Smtp.MessagesAsync());
        Assert.Equal("iris.naylor@example.org", email.To.Mailboxes.Single().Address);
        Assert.Contains("Contact your bank straight away", email.TextBody, StringComparison.Ordinal);
        await page.GetByTestId("escalate").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Safeguarding route").FillAsync("Adult social care");
        await page.GetByLabel("Why is the victim vulnerable?").FillAsync("Targeted twice this month");
        await page.GetByTestId("save").ClickAsync();
        await page.GetByTestId("close").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Advice given", new() { Exact = true }).CheckAsync();
        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("closure")).ToHaveTextAsync("Advice given");
        await Axe.AssertAccessibleAsync(page);

        // The victim's satisfaction link, answered on a phone.
        await page.GetByTestId("issue-satisfaction").ClickAsync();
        var satisfactionLink = await page.GetByTestId("satisfaction-link").InnerTextAsync();
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 667 }, IsMobile = true });
        var victim = await phone.NewPageAsync();
        await victim.GotoAsync(satisfactionLink);
        await Axe.AssertAccessibleAsync(victim);
        await victim.GetByTestId("send").ClickAsync();
        await Assertions.Expect(victim.GetByTestId("error-summary")).ToContainTextAsync("Select how satisfied you are");
        await Axe.AssertAccessibleAsync(victim);
        await victim.GetByLabel("Very satisfied").CheckAsync();
        await victim.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await victim.GetByTestId("send").ClickAsync();
        await Assertions.Expect(victim.GetByTestId("thank-you")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(victim);
        await phone.CloseAsync();

        await page.GotoAsync("/referrals/workload");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync("/referrals/rules");
        await Axe.AssertAccessibleAsync(page);

        // A referral linked to an earlier one, to check the linked-referrals section.
        var earlier = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999);
        await page.GotoAsync("/referrals/import");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "again.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"Crime Reference,Date Reported,Victim Name,DOB,Email,Phone,Force,Offence Category,Amount Lost,Vulnerability\n{earlier},31/10/2026,Iris Naylor,01/01/1944,iris.naylor@example.org,01632 960002,NOTTS,Romance fraud,,\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mapping-hint")).ToContainTextAsync("you chose last time");
        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("1");
        var id = await fixture.Factory.WithServicesAsync(sp => sp.GetRequiredService<ProtectHubDbContext>().Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.CrimeReference == earlier).Select(r => r.Id).SingleAsync());
        await page.GotoAsync($"/referrals/{id}");
        await Assertions.Expect(page.GetByTestId("repeat-warning")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("why-linked")).ToContainTextAsync("the same person");
        await page.GetByText("How the match was scored").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("confirm-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("link")).ToContainTextAsync("Confirmed");
        Assert.NotEqual(url, page.Url);

        // The queue sorted by a heading, then Iris's referrals selected with "select all" and assigned, after confirming.
        await page.GotoAsync("/referrals?Q=Iris%20Naylor");
        await page.GetByTestId("sort-due").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("First contact due");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("Select all").CheckAsync(new() { Force = true }); // The box the label draws over the input takes the click, as a user's.
        var rows = await page.Locator("input[name='Ids']").CountAsync();
        Assert.True(rows > 0);
        await Assertions.Expect(page.Locator("input[name='Ids']:checked")).ToHaveCountAsync(rows);
        await page.GetByLabel("Assign the selected referrals to").SelectOptionAsync(new SelectOptionValue { Value = supervisor.Id.ToString() });
        await Assertions.Expect(page.Locator($"#OfficerId option[value='{supervisor.Id}']")).ToContainTextAsync("(Fraud Protect)");
        await page.GetByTestId("assign-selected").ClickAsync();
        await Assertions.Expect(page.GetByTestId("title")).ToContainTextAsync($"Assign {rows} {(rows == 1 ? "referral" : "referrals")} to Test Supervisor");
        await Axe.AssertAccessibleAsync(page);
        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("success")).ToContainTextAsync($"{rows} {(rows == 1 ? "referral" : "referrals")} assigned to Test Supervisor");

        // Notifications: one waiting (made through the core, as a return sent back would), opened from the navigation;
        // then the email settings chosen.
        await fixture.Factory.WithDbAsync(db =>
        {
            db.Add(new ProtectHub.Core.Notifications.Notification
            {
                RegionCode = "EM",
                UserId = supervisor.Id,
                Kind = ProtectHub.Core.Notifications.NotificationKind.ReturnSentBack,
                CreatedAt = fixture.Factory.Time.GetUtcNow(),
                Title = "The regional return for Q2 2026 to 2027 was sent back to draft: add the schools week",
                Link = "/performance",
            });
            return db.SaveChangesAsync();
        });
        await page.GotoAsync("/referrals");
        await Assertions.Expect(page.GetByTestId("nav-notifications")).ToHaveTextAsync("Notifications (1 new)");
        await page.GetByTestId("nav-notifications").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification")).ToContainTextAsync("add the schools week");
        await Axe.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(320, 740);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the notification list scrolls sideways at 320 px");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByTestId("settings").ClickAsync();
        await Axe.AssertAccessibleAsync(page);
        await page.GetByLabel("A victim referral is assigned to me").UncheckAsync(new() { Force = true });
        await page.GetByLabel("In one digest a day, in the morning").CheckAsync(new() { Force = true });
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Your email settings are saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "The regional return" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/performance$"));
        await Assertions.Expect(page.GetByTestId("nav-notifications")).ToHaveTextAsync("Notifications");
    }
}
