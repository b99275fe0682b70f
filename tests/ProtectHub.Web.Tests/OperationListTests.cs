using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

/// <summary>A national operation's list: imported with the import engine, linked to Prevent cases, letters printed and emailed.</summary>
public sealed class OperationListTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static (string, string)[] Referral(string first, string last, DateOnly born, string handles) =>
    [
        ("Source", nameof(PreventSource.Force)), ("ReferrerName", "PC Dana Okafor"), ("FirstName", first), ("LastName", last),
        ("DateOfBirth.Day", born.Day.ToString(CultureInfo.InvariantCulture)), ("DateOfBirth.Month", born.Month.ToString(CultureInfo.InvariantCulture)),
        ("DateOfBirth.Year", born.Year.ToString(CultureInfo.InvariantCulture)), ("ForceCode", "NOTTS"), ("Postcode", "NG1 5AA"), ("Handles", handles),
        ("Behaviour", nameof(ConcernBehaviour.DdosOrBooter)), ("BehaviourLevel", nameof(BehaviourLevel.Interest)), ("Setting", nameof(PreventSetting.Home)),
    ];

    [Fact]
    public async Task OperationList_IsImportedLinkedToCasesWithReasons_AndItsLettersArePrintedAndEmailed()
    {
        var officer = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync());
        var today = factory.Time.UkToday();
        var robinBorn = today.AddYears(-15).AddDays(-101);
        var casha = await officer.PostFormAsync("/prevent/cases/new", Referral("Robin", "Booterson", robinBorn, "Discord: r0bin_b00t"));
        Assert.Equal(HttpStatusCode.Redirect, casha.StatusCode);
        var robinCase = Guid.Parse(casha.Headers.Location!.OriginalString.Split('/')[^1]);
        var caseb = await officer.PostFormAsync("/prevent/cases/new", Referral("Kim", "Handleby", today.AddYears(-16).AddDays(-7), "Steam: kimmy_ddos"));
        var kimCase = Guid.Parse(caseb.Headers.Location!.OriginalString.Split('/')[^1]);

        var csv = new StringBuilder("First name,Surname,DOB,Email,Username,Postcode\n")
            .Append(CultureInfo.InvariantCulture, $"Robin,Booterson,{robinBorn:dd/MM/yyyy},robin.b@example.org,stresser99,NG1 5AA\n")
            .Append("Zed,Nobody,01/01/2005,zed@example.org,zzz,\n")
            .Append(",,,,KIMMY_DDOS,\n")
            .Append("Bad,Row,31/02/2008,not-an-email,,\n");
        var upload = await ImportSteps.UploadAsync(officer, OperationListImport.KindName, Encoding.UTF8.GetBytes(csv.ToString()), "Operation PowerOFF UK.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var importUrl = upload.Headers.Location!.OriginalString;
        Assert.StartsWith("/prevent/operation-lists/import/", importUrl, StringComparison.Ordinal);
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(officer, importUrl);
        Assert.Equal("3", result.TestId("imported")!.TextContent.Trim());
        Assert.Contains("'31/02/2008' is not a date", result.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'not-an-email' is not an email address", result.Body!.TextContent, StringComparison.Ordinal);
        var listId = Guid.Parse(importUrl.Split('/')[^1]);

        var (_, page) = await officer.GetAsync($"/prevent/operations/{listId}");
        Assert.Equal("Operation PowerOFF UK", page.TestId("operation-name")!.TextContent);
        var rows = page.QuerySelectorAll("[data-testid='entry']").ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.QuerySelector("[data-testid='match']")!);
        Assert.NotNull(rows["2"].QuerySelector($"a[href='/prevent/cases/{robinCase}']"));
        Assert.Contains("date of birth", rows["2"].TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("None found", rows["3"].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows["4"].QuerySelector($"a[href='/prevent/cases/{kimCase}']"));
        Assert.Contains("The username 'KIMMY_DDOS' is the case's handle 'Steam: kimmy_ddos'", rows["4"].TextContent, StringComparison.Ordinal);

        // The letter: an unknown placeholder is refused with its name; then the service is named.
        var bad = await officer.PostFormAsync($"/prevent/operations/{listId}", ("Name", "Operation PowerOFF"), ("Service", "a DDoS-for-hire website"), ("LetterTemplate", "Dear {name}, about {booter}"));
        Assert.Contains("The letter uses {booter}, which is not one of {name}, {service}, {operation}, {date}, {region}", (await Html.ParseAsync(bad)).ErrorSummary());
        var (_, form) = await officer.GetAsync($"/prevent/operations/{listId}");
        var template = form.QuerySelector("textarea[name='LetterTemplate']")!.TextContent;
        var saved = await officer.PostFormAsync($"/prevent/operations/{listId}", ("Name", "Operation PowerOFF"), ("Service", "a DDoS-for-hire website"), ("LetterTemplate", template));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(saved)).ErrorSummary()));

        var (_, letters) = await officer.GetAsync($"/prevent/operations/{listId}/letters");
        var texts = letters.QuerySelectorAll("[data-testid='letter']").Select(l => l.TextContent).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains("Dear Robin Booterson,", StringComparison.Ordinal) && t.Contains("Operation PowerOFF, a law enforcement operation, found that an account linked to you used a DDoS-for-hire website", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Dear KIMMY_DDOS,", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("Cyber Prevent team, East Midlands", t, StringComparison.Ordinal));

        var emailed = await officer.PostFormAsync($"/prevent/operations/{listId}", [], handler: "Email");
        Assert.Equal(HttpStatusCode.Redirect, emailed.StatusCode);
        var messages = await factory.Smtp.MessagesAsync();
        var sent = messages.Where(m => m.Subject?.StartsWith("Operation PowerOFF", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["robin.b@example.org", "zed@example.org"], sent.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("Dear Zed Nobody,", sent.Single(m => m.To.Mailboxes.Single().Address == "zed@example.org").TextBody, StringComparison.Ordinal);
        var (_, after) = await officer.GetAsync($"/prevent/operations/{listId}");
        Assert.Contains("2 warning letters emailed; 1 people have no email address", after.Body!.TextContent, StringComparison.Ordinal);
        var disclosures = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "OperationListEntry" && e.Action == AuditAction.Disclosed));
        Assert.Equal(2, disclosures);

        // Sending again emails nobody twice.
        await officer.PostFormAsync($"/prevent/operations/{listId}", [], handler: "Email");
        Assert.Equal(2, (await factory.Smtp.MessagesAsync()).Count(m => m.Subject?.StartsWith("Operation PowerOFF", StringComparison.Ordinal) == true));

        // Another team never sees the list.
        var protect = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await protect.Client.GetAsync($"/prevent/operations/{listId}")).StatusCode);
        var otherRegion = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).InRegion("NW").WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.Client.GetAsync($"/prevent/operations/{listId}")).StatusCode);
    }
}
