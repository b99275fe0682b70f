using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests.Security;

/// <summary>Attack run finding 11: expired vetting still reached contacts, engagements and performance; a Regional
/// Administrator ticked off an engagement's action through the home page.</summary>
public sealed class VettingRequiredTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Theory]
    [InlineData("/partners/contacts")]
    [InlineData("/partners/organisations")]
    [InlineData("/engagements")]
    [InlineData("/performance")]
    [InlineData("/referrals")]
    [InlineData("/intelligence")]
    [InlineData("/lessons/library")]
    [InlineData("/advisories")]
    public async Task ExpiredVetting_AreaHoldingPersonalData_IsRefusedWithTheReason(string area)
    {
        var head = await _users.WithRoles(Role.HeadOfUnit).WithTeams(Team.CyberProtect)
            .WithVettingExpiring(DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddDays(-3)).BuildAsync();
        var session = await Session.SignedInAsync(factory, head);
        var (response, page) = await session.GetAsync(area);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("your vetting expired on", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredVetting_AdministratorCannotManageUsers()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).WithTeams()
            .WithVettingExpiring(DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddDays(-1)).BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task RegionalAdministrator_CompletingAnActionThroughTheHomePage_IsRefused()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).WithTeams().BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var response = await session.PostFormAsync($"/engagements/actions/{Guid.NewGuid()}/done", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
