using System.Net;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

public sealed class ManagedListTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task Coordinator_AddsAndRetiresATopic_AndOfficersSeeTheChangeWhenPlanning()
    {
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());
        var name = $"QR code scams {Guid.NewGuid():N}"[..24];
        var missing = await Html.ParseAsync(await coordinator.PostFormAsync("/admin/lists", [new("Name", "")]));
        Assert.Equal(["Select the list to add to", "Enter the name of the topic or campaign"], missing.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/admin/lists", [new("Kind", "Topic"), new("Name", name)])).StatusCode);
        var duplicate = await Html.ParseAsync(await coordinator.PostFormAsync("/admin/lists", [new("Kind", "Topic"), new("Name", name.ToUpperInvariant())]));
        Assert.Equal(["That list already has an entry with this name; restore it if it was retired"], duplicate.ErrorSummary());

        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (_, plan) = await officer.GetAsync("/engagements/new");
        Assert.Contains(name, plan.Body!.TextContent, StringComparison.Ordinal);

        var (_, lists) = await coordinator.GetAsync("/admin/lists");
        var retire = lists.QuerySelectorAll("[data-testid='list-topic'] tr").First(r => r.TextContent.Contains(name, StringComparison.Ordinal)).QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(retire, [], formPage: "/admin/lists")).StatusCode);
        var (_, planAfter) = await officer.GetAsync("/engagements/new");
        Assert.DoesNotContain(name, planAfter.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync("/admin/lists")).StatusCode);
    }
}
