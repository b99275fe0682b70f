using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>Issue 21 bug 6: the choices of who works a referral or leads an engagement offer only people who may.</summary>
public sealed class AssignmentChoicesTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task AssignList_ForAFraudReferral_OffersFraudProtectOfficersWithCurrentVettingOnly_AndAssigningAnotherIsRefused()
    {
        var supervisor = await _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect, Team.FraudProtect).BuildAsync();
        var fraud = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var cyber = await _users.WithTeams(Team.CyberProtect).BuildAsync();
        var lapsed = await _users.WithTeams(Team.FraudProtect).WithVettingExpiring(new DateOnly(2026, 10, 1)).BuildAsync();
        var session = await Session.SignedInAsync(factory, supervisor);
        var reference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var upload = await ImportSteps.UploadAsync(session, "referrals",
            Encoding.UTF8.GetBytes($"Crime Reference,Date Reported,Victim Name,Force,Offence Category\n{reference},29/10/2026,Ada Assign,Leicestershire Police,Romance fraud\n"), "r.csv");
        await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
        var referral = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == reference));
        Assert.Equal(Team.FraudProtect, referral.Team);

        var (_, page) = await session.GetAsync($"/referrals/{referral.Id}");
        var offered = page.QuerySelectorAll("select[name='OfficerId'] option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Contains(fraud.Id.ToString(), offered);
        Assert.DoesNotContain(cyber.Id.ToString(), offered);
        Assert.DoesNotContain(lapsed.Id.ToString(), offered);
        var refused = await Html.ParseAsync(await session.PostFormAsync($"/referrals/{referral.Id}", [F("OfficerId", cyber.Id.ToString())], handler: "Assign"));
        Assert.Contains("Select an officer of the Fraud Protect team whose vetting is current", refused.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync($"/referrals/{referral.Id}", [F("OfficerId", fraud.Id.ToString())], handler: "Assign")).StatusCode);
    }

    [Fact]
    public async Task LeadOfficerList_LeavesOutAdministratorsAndTheNationalCoordinator()
    {
        var officer = await _users.BuildAsync();
        var admin = await _users.WithRoles(Role.RegionalAdministrator).WithTeams().BuildAsync();
        var national = await _users.WithRoles(Role.NationalCoordinator).WithTeams().BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);

        var (_, page) = await session.GetAsync("/engagements/new");
        var offered = page.QuerySelectorAll("select[name='Input.LeadOfficerId'] option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Contains(officer.Id.ToString(), offered);
        Assert.DoesNotContain(admin.Id.ToString(), offered);
        Assert.DoesNotContain(national.Id.ToString(), offered);
    }
}
