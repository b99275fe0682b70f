using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

public sealed class UserAdministrationTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task CreateUser_BadInput_ShowsEveryErrorInFieldOrderAndKeepsWhatWasTyped()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var response = await session.PostFormAsync("/admin/users/new", [
            new("Email", "not-an-email"),
            new("Password", "short"),
            new("Input.DisplayName", "Priya Patel"),
            new("Input.RegionCode", "EM"),
            new("Input.HomeForceCode", "CLEVELAND"),
            new("Input.VettingLevel", "SC"),
            new("Input.VettingExpiresOn.Day", "31"),
            new("Input.VettingExpiresOn.Month", "2"),
            new("Input.VettingExpiresOn.Year", "2027"),
        ]);
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            "Enter an email address in the correct format, like name@example.police.uk",
            "Password must be 12 characters or more",
            "Select a home force in the user's region",
            "Select at least one role",
            "Vetting expiry date must be a real date",
        ], page.ErrorSummary());
        Assert.Equal("not-an-email", page.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("Priya Patel", page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector("#Input_VettingExpiresOn")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Input_VettingLevel-3[checked]"));
        Assert.Equal("#Input_HomeForceCode", page.QuerySelector("[data-testid='error-summary'] li:nth-child(3) a")!.GetAttribute("href"));
        var count = await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.DisplayName == "Priya Patel")));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task CreateUser_OtherRegion_IsRefused()
    {
        var admin = await _users.InRegion("EM").WithRoles(Role.RegionalAdministrator).BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var page = await Html.ParseAsync(await session.PostFormAsync("/admin/users/new", [
            new("Email", "new.person@force.police.uk"), new("Password", "a long enough passphrase"),
            new("Input.DisplayName", "New Person"), new("Input.RegionCode", "NW"), new("Input.HomeForceCode", "CHESHIRE"),
            new("Input.Roles", "Officer"),
        ]));
        Assert.Contains("You can only manage users of your own region", page.ErrorSummary());
    }

    [Fact]
    public async Task CreateUser_ValidInput_CreatesChangesDisablesAndResetsThem()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var created = await session.PostFormAsync("/admin/users/new", [
            new("Email", "jo.bloggs@leics.police.uk"), new("Password", "three random words here"),
            new("Input.DisplayName", "Jo Bloggs"), new("Input.RegionCode", "EM"), new("Input.HomeForceCode", "LEICESTERSHIRE"),
            new("Input.Roles", "Officer"), new("Input.Roles", "Supervisor"), new("Input.Teams", "FraudProtect"),
            new("Input.VettingLevel", "RV"), new("Input.VettingExpiresOn.Day", "1"), new("Input.VettingExpiresOn.Month", "6"), new("Input.VettingExpiresOn.Year", "2029"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailsUrl = created.Headers.Location!.OriginalString;
        var (_, details) = await session.GetAsync(detailsUrl);
        Assert.Equal("Jo Bloggs has been created", details.TestId("notification-banner")!.QuerySelector("p")!.TextContent);
        var summary = details.TestId("user-details")!.TextContent;
        Assert.Contains("Officer, Supervisor", summary, StringComparison.Ordinal);
        Assert.Contains("Fraud Protect", summary, StringComparison.Ordinal);
        Assert.Contains("expires 1 June 2029", summary, StringComparison.Ordinal);

        var changed = await session.PostFormAsync(detailsUrl + "/edit", [
            new("Input.DisplayName", "Jo Bloggs-Smith"), new("Input.RegionCode", "EM"), new("Input.HomeForceCode", "NOTTS"),
            new("Input.Roles", "Officer"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (_, afterEdit) = await session.GetAsync(detailsUrl);
        Assert.Equal("Jo Bloggs-Smith", afterEdit.TestId("user-name")!.TextContent);
        Assert.Contains("Nottinghamshire Police", afterEdit.TestId("user-details")!.TextContent, StringComparison.Ordinal);

        var noReason = await Html.ParseAsync(await session.PostFormAsync(detailsUrl + "/access", [new("Reason", " ")]));
        Assert.Equal(["Enter why you are disabling this user"], noReason.ErrorSummary());
        await session.PostFormAsync(detailsUrl + "/access", [new("Reason", "Moved to another unit")]);
        var (_, disabled) = await session.GetAsync(detailsUrl);
        Assert.Equal("Disabled", disabled.TestId("user-status")!.TextContent);

        var reset = await session.PostFormAsync(detailsUrl + "/reset-authenticator", [new("Reason", "Lost phone")]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var (_, afterReset) = await session.GetAsync(detailsUrl);
        Assert.Contains("Not set up yet", afterReset.TestId("user-details")!.TextContent, StringComparison.Ordinal);
    }
}
