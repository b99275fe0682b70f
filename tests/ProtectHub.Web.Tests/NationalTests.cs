using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

public sealed class NationalTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task NationalCoordinator_SeesCountsForEveryRegion_ButNoRecords()
    {
        var national = await _users.InRegion("EM").WithRoles(Role.NationalCoordinator).BuildAsync();
        await _users.InRegion("NE").BuildAsync();
        await _users.InRegion("NE").BuildAsync();
        await _users.InRegion("WA").WithVettingExpiring(null).BuildAsync();
        var session = await Session.SignedInAsync(factory, national);

        var (response, page) = await session.GetAsync("/national");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(int.Parse(page.TestId("active-NE")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.True(int.Parse(page.TestId("active-WA")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(10, page.QuerySelectorAll("[data-testid='national-figures'] tbody tr").Length);
        Assert.DoesNotContain("@force.police.uk", page.Body!.TextContent, StringComparison.Ordinal);

        var (_, home) = await session.GetAsync("/");
        Assert.Contains("National picture", home.TestId("areas")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Users", home.TestId("areas")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_NationalPicture_IsForbiddenAndNotOffered()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/national")).StatusCode);
        var (_, home) = await session.GetAsync("/");
        Assert.DoesNotContain("National picture", home.TestId("areas")!.TextContent, StringComparison.Ordinal);
    }
}
