using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests.Security;

/// <summary>Attack run finding 6: a Regional Administrator could demote or disable a System Administrator.</summary>
public sealed class AdministratorPrivilegeTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Theory]
    [InlineData(Role.SystemAdministrator)]
    [InlineData(Role.NationalCoordinator)]
    public async Task RegionalAdministrator_CannotChangeDisableOrResetAHigherAdministrator(Role higher)
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).WithTeams().BuildAsync();
        var target = await _users.WithRoles(higher).WithTeams().BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);

        var (_, details) = await session.GetAsync($"/admin/users/{target.Id}");
        Assert.NotNull(details.TestId("user-out-of-reach"));
        Assert.Empty(details.QuerySelectorAll($"a[href='/admin/users/{target.Id}/edit']"));

        var (editPage, edit) = await session.GetAsync($"/admin/users/{target.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Contains("only a System Administrator can give", edit.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Posting directly, with a valid anti-forgery token from another form, is refused as well.
        var demote = await session.PostFormAsync($"/admin/users/{target.Id}/edit", [
            new("Input.DisplayName", "Demoted"), new("Input.RegionCode", "EM"), new("Input.HomeForceCode", "LEICESTERSHIRE"), new("Input.Roles", "Officer"),
        ], formPage: "/admin/users/new");
        Assert.Equal(HttpStatusCode.Forbidden, demote.StatusCode);
        var disable = await session.PostFormAsync($"/admin/users/{target.Id}/access", [new("Reason", "take over")], formPage: "/admin/users/new");
        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        var reset = await session.PostFormAsync($"/admin/users/{target.Id}/reset-authenticator", [new("Reason", "take over")], formPage: "/admin/users/new");
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);

        var after = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == target.Id)));
        Assert.False(after.IsDisabled);
        Assert.Equal([higher], after.Roles);
        Assert.NotNull(after.MfaEnrolledAt);
    }

    [Fact]
    public async Task RegionalAdministrator_CanStillChangeAnotherRegionalAdministrator()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).WithTeams().BuildAsync();
        var peer = await _users.WithRoles(Role.RegionalAdministrator).WithTeams().BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var (response, _) = await session.GetAsync($"/admin/users/{peer.Id}/edit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SystemAdministrator_CanChangeAnotherSystemAdministrator()
    {
        var admin = await _users.WithRoles(Role.SystemAdministrator).WithTeams().BuildAsync();
        var other = await _users.WithRoles(Role.SystemAdministrator).WithTeams().BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var (response, _) = await session.GetAsync($"/admin/users/{other.Id}/access");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
