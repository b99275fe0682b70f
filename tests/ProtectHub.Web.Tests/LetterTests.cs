using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>The application sending mail to a real SMTP server.</summary>
public sealed class MailFactory : ProtectHubFactory
{
    public SmtpCapture Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:RequireTls", "false");
        builder.UseSetting("Mail:From", "protect@em.protecthub.test");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Smtp.Dispose();
    }
}

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
}
