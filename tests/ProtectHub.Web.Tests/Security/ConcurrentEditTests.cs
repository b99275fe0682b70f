using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Partners;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Tests.Security;

/// <summary>Attack run finding 7: two people editing the same organisation, the second save silently overwrote the first.</summary>
public sealed class ConcurrentEditTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static KeyValuePair<string, string>[] Organisation(string name, string version, string town) =>
        [F("Input.Name", name), F("Input.Kind", "Business"), F("Input.Size", "Small"), F("Input.ForceCode", "NOTTS"), F("Input.Town", town), F("Version", version)];

    [Fact]
    public async Task SecondSaveFromAnOlderVersion_IsNotMade_ShowsWhoChangedWhatThenSavesWhenConfirmed()
    {
        var first = await _users.BuildAsync();
        var second = await _users.BuildAsync();
        var alice = await Session.SignedInAsync(factory, first);
        var bob = await Session.SignedInAsync(factory, second);
        var name = $"Trent Bridge Traders {Guid.NewGuid():N}";
        var created = await alice.PostFormAsync("/partners/organisations/new", [F("Input.Name", name), F("Input.Kind", "Business"), F("Input.Size", "Small"), F("Input.ForceCode", "NOTTS")]);
        var edit = created.Headers.Location!.OriginalString + "/edit";

        // Both open the form at the same version.
        var (_, aliceForm) = await alice.GetAsync(edit);
        var (_, bobForm) = await bob.GetAsync(edit);
        var loaded = aliceForm.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        Assert.Equal(loaded, bobForm.QuerySelector("input[name='Version']")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await bob.PostFormAsync(edit, Organisation(name, loaded, "Nottingham"))).StatusCode);
        var conflictResponse = await alice.PostFormAsync(edit, Organisation(name + " Ltd", loaded, "Beeston"));
        var conflict = await Html.ParseAsync(conflictResponse);

        Assert.Equal(HttpStatusCode.OK, conflictResponse.StatusCode);
        var banner = conflict.TestId("edit-conflict")!.TextContent;
        Assert.Contains("This record was changed by Test Officer", banner, StringComparison.Ordinal);
        Assert.Contains("while you were editing", banner, StringComparison.Ordinal);
        var rows = conflict.TestId("edit-conflict-differences")!.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains($"Name|{name}|{name} Ltd", rows);
        Assert.Contains("Town|Nottingham|Beeston", rows);
        var stored = await factory.WithDbAsync(db => db.Set<Organisation>().IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Name == name));
        Assert.Equal("Nottingham", stored.Town); // Nothing of Alice's was saved.

        // The form now carries the version Bob saved: saving again is Alice's confirmation.
        var newVersion = conflict.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        Assert.NotEqual(loaded, newVersion);
        Assert.Equal(conflict.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"), name + " Ltd"); // Her values are kept in the form.
        Assert.Equal(HttpStatusCode.Redirect, (await alice.PostFormAsync(edit, Organisation(name + " Ltd", newVersion, "Beeston"))).StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Organisation>().IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == stored.Id));
        Assert.Equal(("Beeston", name + " Ltd"), (saved.Town, saved.Name));
    }

    [Fact]
    public async Task ContactEditedByTwo_SecondIsShownTheConflict()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var other = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var email = $"sam.{Guid.NewGuid():N}@example.org";
        await session.PostFormAsync("/partners/contacts/new", [F("Input.FullName", "Sam Smith"), F("Input.Email", email), F("Input.LawfulBasis", "LegitimateInterests")]);
        var contact = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Email == email));
        var edit = $"/partners/contacts/{contact.Id}/edit";
        KeyValuePair<string, string>[] Fields(string role) =>
            [F("Input.FullName", "Sam Smith"), F("Input.Email", email), F("Input.LawfulBasis", "LegitimateInterests"), F("Input.JobRole", role), F("Version", contact.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(edit, Fields("IT manager"))).StatusCode);
        var page = await Html.ParseAsync(await session.PostFormAsync(edit, Fields("Finance director")));

        Assert.NotNull(page.TestId("edit-conflict"));
        var stored = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == contact.Id));
        Assert.Equal("IT manager", stored.JobRole);
    }

    [Fact]
    public async Task UserEditedByTwoAdministrators_SecondIsShownWhoChangedItAndNothingIsSaved()
    {
        var first = await Session.SignedInAsync(factory, await _users.WithRoles(ProtectHub.Core.Access.Role.RegionalAdministrator).WithTeams().BuildAsync());
        var second = await Session.SignedInAsync(factory, await _users.WithRoles(ProtectHub.Core.Access.Role.RegionalAdministrator).WithTeams().BuildAsync());
        var officer = await _users.BuildAsync();
        var edit = $"/admin/users/{officer.Id}/edit";
        var (_, form) = await first.GetAsync(edit);
        var stamp = form.QuerySelector("input[name='Stamp']")!.GetAttribute("value")!;
        KeyValuePair<string, string>[] Fields(string name, string loaded) =>
            [F("Input.DisplayName", name), F("Input.RegionCode", "EM"), F("Input.HomeForceCode", "LEICESTERSHIRE"), F("Input.Roles", "Officer"),
             F("Input.Teams", "CyberProtect"), F("Input.VettingLevel", "SC"), F("Input.VettingExpiresOn.Day", "1"), F("Input.VettingExpiresOn.Month", "1"),
             F("Input.VettingExpiresOn.Year", "2028"), F("Stamp", loaded)];

        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync(edit, Fields("Olu Officer", stamp))).StatusCode);
        var page = await Html.ParseAsync(await first.PostFormAsync(edit, Fields("Olu Officer-Smith", stamp)));

        Assert.Contains("This record was changed by Test RegionalAdministrator", page.TestId("edit-conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Display name|Olu Officer|Olu Officer-Smith", page.TestId("edit-conflict-differences")!.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        var stored = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AsNoTracking().SingleAsync(u => u.Id == officer.Id));
        Assert.Equal("Olu Officer", stored.DisplayName);

        var confirmed = await first.PostFormAsync(edit, Fields("Olu Officer-Smith", page.QuerySelector("input[name='Stamp']")!.GetAttribute("value")!));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task ReferralRulesSavedByTwoCoordinators_SecondIsShownTheConflict()
    {
        var coordinator = () => _users.WithRoles(ProtectHub.Core.Access.Role.Coordinator).WithTeams(ProtectHub.Core.Access.Team.FraudProtect).InRegion("WM").BuildAsync();
        var first = await Session.SignedInAsync(factory, await coordinator());
        var second = await Session.SignedInAsync(factory, await coordinator());
        var (_, form) = await first.GetAsync("/referrals/rules");
        List<KeyValuePair<string, string>> Fields(string olderVictimAge) => form.QuerySelectorAll("form input[name^='Values']")
            .Select(i => F(i.GetAttribute("name")!, i.GetAttribute("name") == "Values[OlderVictimAge]" ? olderVictimAge : i.GetAttribute("value") ?? ""))
            .Append(F("Version", form.QuerySelector("form input[name='Version']")!.GetAttribute("value")!)).ToList();

        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/referrals/rules", Fields("70"))).StatusCode);
        var conflict = await Html.ParseAsync(await first.PostFormAsync("/referrals/rules", Fields("80")));

        Assert.NotNull(conflict.TestId("edit-conflict"));
        Assert.Contains("Older victim age|70|80", conflict.TestId("edit-conflict-differences")!.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        var stored = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Victims.ReferralRules>().AsNoTracking().SingleAsync(r => r.RegionCode == "WM"));
        Assert.Equal(70, stored.OlderVictimAge);
    }

    [Fact]
    public void Compare_ListsOnlyTheFieldsThatDiffer_WithReadableNames()
    {
        var theirs = new Pages.Engagements.EngagementForm { Title = "Cyber basics", ForceCode = "NOTTS", TopicIds = ["b", "a"], Venue = "Hall" };
        var yours = new Pages.Engagements.EngagementForm { Title = "Cyber basics", ForceCode = "DERBYSHIRE", TopicIds = ["a", "b"], Venue = "" };

        var differences = EditConflict.Compare(theirs, yours);

        Assert.Equal([new("Venue", "Hall", ""), new("Force", "NOTTS", "DERBYSHIRE")], differences); // In the form's order.
    }
}
