using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

public sealed class LetterTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Letter_WrittenFromTheAdviceGiven_IsEmailedThroughSmtpAndRecordedAsADisclosure_ButNeverToAnOptedOutAddress()
    {
        var session = await Session.SignedInAsync(factory, await _users.WithTeams(ProtectHub.Core.Access.Team.FraudProtect).BuildAsync());
        var (reference, optedOutReference) = ("NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999));
        var csv = $"Crime Reference,Date Reported,Victim Name,Email,Force,Offence Category\n{reference},29/10/2026,Jo Mills,jo.mills@example.org,NOTTS,Investment fraud\n{optedOutReference},29/10/2026,Kay Lee,kay.lee@example.org,NOTTS,Investment fraud\n";
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), "r.csv");
        await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
        var referral = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == reference));
        var url = $"/referrals/{referral.Id}";

        var (_, advicePage) = await session.GetAsync(url + "/advice");
        string Value(string list, string text) => advicePage.QuerySelectorAll($"input[name='{list}']").First(i => i.ParentElement!.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("value")!;
        await session.PostFormAsync(url + "/advice", [F("Advice", Value("Advice", "Contact your bank")), F("Signposts", Value("Signposts", "Victim Support"))]);

        var (_, letter) = await session.GetAsync(url + "/letter");
        var text = letter.TestId("letter")!.TextContent;
        Assert.Contains("Dear Jo Mills,", text, StringComparison.Ordinal);
        Assert.Contains("- Contact your bank straight away, using the number on the back of your card", text, StringComparison.Ordinal);
        Assert.Contains("Victim Support offers free, confidential help", text, StringComparison.Ordinal);
        var sent = await session.PostFormAsync(url + "/letter", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var message = Assert.Single(await factory.Smtp.MessagesAsync());
        Assert.Equal("jo.mills@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Your report {reference}: advice from your police Protect team", message.Subject);
        Assert.Contains("Contact your bank straight away", message.TextBody, StringComparison.Ordinal);
        var disclosed = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordId == referral.Id.ToString() && a.Action == AuditAction.Disclosed));
        Assert.Equal(1, disclosed);

        // Kay Lee is also a partner contact who opted out: the letter may be printed, never emailed.
        await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Kay Lee"), F("Input.Email", "kay.lee@example.org"), F("Input.LawfulBasis", "LegitimateInterests")]);
        var contactId = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Partners.Contact>().IgnoreQueryFilters().Where(c => c.NormalisedEmail == "kay.lee@example.org").Select(c => c.Id).FirstAsync());
        await session.PostFormAsync($"/partners/contacts/{contactId}/opt-out", [F("Reason", "Asked not to be contacted")]);
        var kay = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == optedOutReference));
        var (_, kayLetter) = await session.GetAsync($"/referrals/{kay.Id}/letter");
        Assert.Null(kayLetter.TestId("email-letter"));
        Assert.Contains("opted out", kayLetter.TestId("cannot-email")!.TextContent, StringComparison.Ordinal);
        var forced = await Html.ParseAsync(await session.PostFormAsync($"/referrals/{kay.Id}/letter", []));
        Assert.Contains(forced.ErrorSummary(), e => e.Contains("opted out", StringComparison.Ordinal));
        Assert.Single(await factory.Smtp.MessagesAsync());
    }

    /// <summary>Issue 21, gap 8: advice and services offered by the kind of victim, each service with its number and address, letters printed in a batch.</summary>
    [Fact]
    public async Task Letters_FitTheVictim_NameHowToReachEachService_AndPrintTogetherForASelection()
    {
        var session = await Session.SignedInAsync(factory, await _users.WithTeams(ProtectHub.Core.Access.Team.CyberProtect).BuildAsync());
        var (person, firm) = ("NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999));
        var csv = $"Crime Reference,Date Reported,Victim Name,Organisation,Force,Offence Category\n{person},29/10/2026,Lee Hart,,NOTTS,Ransomware\n{firm},29/10/2026,,Hart Joinery Ltd,NOTTS,Ransomware\n";
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), "r.csv");
        await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
        var referrals = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.CrimeReference == person || r.CrimeReference == firm).ToListAsync());
        var (personUrl, firmUrl) = ($"/referrals/{referrals.Single(r => r.CrimeReference == person).Id}", $"/referrals/{referrals.Single(r => r.CrimeReference == firm).Id}");

        static List<string> Offered(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("input[name='Signposts']").Select(i => i.ParentElement!.TextContent.Trim()).ToList();
        var (_, forPerson) = await session.GetAsync(personUrl + "/advice");
        var (_, forFirm) = await session.GetAsync(firmUrl + "/advice");
        Assert.DoesNotContain("Cyber Essentials", Offered(forPerson));
        Assert.DoesNotContain("Police CyberAlarm", Offered(forPerson));
        Assert.Contains("Citizens Advice", Offered(forPerson));
        Assert.Contains("Cyber Essentials", Offered(forFirm));
        Assert.DoesNotContain("Citizens Advice", Offered(forFirm));
        Assert.Contains("Victim Support", Offered(forFirm));

        string Value(AngleSharp.Dom.IDocument page, string text) => page.QuerySelectorAll("input[name='Signposts']").First(i => i.ParentElement!.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("value")!;
        await session.PostFormAsync(personUrl + "/advice", [F("Signposts", Value(forPerson, "Victim Support")), F("Signposts", Value(forPerson, "Citizens Advice"))]);
        await session.PostFormAsync(firmUrl + "/advice", [F("Signposts", Value(forFirm, "Cyber Essentials"))]);

        var (_, queue) = await session.GetAsync($"/referrals?Q=Hart");
        Assert.Equal("/referrals/letters", queue.TestId("print-selected")!.GetAttribute("formaction"));
        var ids = referrals.Select(r => F("Ids", r.Id.ToString())).ToList();
        var batch = await Html.ParseAsync(await session.PostFormAsync("/referrals/letters", ids, formPage: "/referrals"));
        Assert.Equal("2 follow-up letters", batch.TestId("title")!.TextContent.Trim());
        var letters = batch.QuerySelectorAll("[data-testid='letter']").Select(l => l.TextContent).ToList();
        Assert.Equal(2, letters.Count);
        var personLetter = letters.Single(l => l.Contains("Dear Lee Hart,", StringComparison.Ordinal));
        Assert.Contains("Victim Support offers free, confidential help: call 08 08 16 89 111 or visit www.victimsupport.org.uk.", personLetter, StringComparison.Ordinal);
        Assert.Contains("Citizens Advice can help with money and consumer problems: call 0808 223 1133 or visit www.citizensadvice.org.uk.", personLetter, StringComparison.Ordinal);
        Assert.Contains("Cyber Essentials is a government-backed scheme that helps organisations guard against common attacks: visit www.ncsc.gov.uk/cyberessentials.",
            letters.Single(l => l.Contains("Dear Hart Joinery Ltd,", StringComparison.Ordinal)), StringComparison.Ordinal);
        var none = await Html.ParseAsync(await session.PostFormAsync("/referrals/letters", [], formPage: "/referrals"));
        Assert.Contains("Select the referrals whose letters you want: tick them in the queue", none.ErrorSummary());
        // The referrals whose letters were shown are a read of personal data in the audit log, naming each.
        var reads = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && a.Details!.Contains("Letters")).Select(a => a.Details!).ToListAsync());
        Assert.Contains(reads, d => d.Contains(referrals[0].Id.ToString(), StringComparison.Ordinal) && d.Contains(referrals[1].Id.ToString(), StringComparison.Ordinal));
    }
}
