using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

public sealed class AccessControlTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static readonly string[] AnonymousRoutes = ["/sign-in", "/sign-in/code", "/sign-in/set-up-authenticator", "/sign-in/external/{handler?}", "/accessibility", "/privacy", "/error/{code:int?}", "/health/live", "/health/ready", "/feedback/{token}", "/feedback/thank-you", "/events/{token}", "/events/{token}/registered/{outcome:regex(^(confirmed|waitinglist|alreadyregistered)$)}", "/calendar/{secret}.ics", "/calendar/{secret}/campaigns.ics", "/satisfaction/{token}", "/satisfaction/thank-you", "/intelligence/submit/{token}", "/intelligence/submitted", "/advisories/public", "/advisories/public/{id:guid}", "/advisories/feed.atom", "/advisories/acknowledge/{token}", "/advisories/opt-out/{token}", "/requests/ask/{token}", "/requests/sent",
        // The TAXII server: no session, a partner's key on every request (TaxiiTests).
        "/taxii2/", "/taxii2/{root}/", "/taxii2/{root}/collections/", "/taxii2/{root}/collections/{id}/", "/taxii2/{root}/collections/{id}/objects/", "/taxii2/{root}/collections/{id}/manifest/"];

    [Fact]
    public void Endpoints_AnonymousOnesAreExactlyTheAllowlist()
    {
        _ = factory.Services; // Starts the host so endpoints exist.
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order().ToList();
        Assert.Equal(AnonymousRoutes.Order(), anonymous);
    }

    [Fact]
    public async Task Endpoints_EveryOtherGetRoute_RedirectsAnonymousUsersToSignIn()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        var client = factory.CreateBrowser();
        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{[A-Za-z]+:guid\}", _ => Guid.CreateVersion7().ToString())
                .Replace("{code}", "em", StringComparison.Ordinal);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/sign-in",
                $"{url} answered {(int)response.StatusCode} to an anonymous request");
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} protected routes found");
    }

    [Fact]
    public async Task UserAdmin_OtherRegionsUser_Answers404AndNeverAppearsInTheList()
    {
        var admin = await _users.InRegion("EM").WithRoles(Role.RegionalAdministrator).BuildAsync();
        var ours = await _users.InRegion("EM").BuildAsync();
        var theirs = await _users.InRegion("NW").BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);

        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/admin/users/{ours.Id}")).StatusCode);
        foreach (var path in new[] { "", "/edit", "/access", "/reset-authenticator" })
        {
            var (response, page) = await session.GetAsync($"/admin/users/{theirs.Id}{path}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Page not found", page.TestId("error-heading")!.TextContent);
        }

        var post = await session.PostFormAsync($"/admin/users/{theirs.Id}/access", [new("Reason", "try")], formPage: $"/admin/users/{ours.Id}/access");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var (_, list) = await session.GetAsync("/admin/users?q=" + Uri.EscapeDataString(theirs.Email));
        Assert.Equal("0 users", list.TestId("user-count")!.TextContent.Trim());
        var (_, all) = await session.GetAsync("/admin/users");
        Assert.DoesNotContain(theirs.Email, all.TestId("users")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ours.Email, all.TestId("users")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/admin/users/{ours.Id}")).StatusCode);
        var notDisabled = await factory.WithDbAsync(async db => (await db.Users.FindAsync(theirs.Id))!.IsDisabled);
        Assert.False(notDisabled);
    }

    [Fact]
    public async Task UserAdmin_SystemAdministrator_SeesEveryRegion()
    {
        var sysadmin = await _users.InRegion("EM").WithRoles(Role.SystemAdministrator).BuildAsync();
        var theirs = await _users.InRegion("WA").BuildAsync();
        var session = await Session.SignedInAsync(factory, sysadmin);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/admin/users/{theirs.Id}")).StatusCode);
    }

    [Fact]
    public async Task NationalCoordinator_SeesNoPersonalRecords()
    {
        var national = await _users.InRegion("EM").WithRoles(Role.NationalCoordinator).BuildAsync();
        var someone = await _users.InRegion("EM").BuildAsync();
        var session = await Session.SignedInAsync(factory, national);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/admin/users")).StatusCode);
        var visible = await factory.WithServicesAsync(sp =>
        {
            var scope = ActorScope.ForUser(national.Id, "national", "EM", [Role.NationalCoordinator], null);
            var accessor = new FixedActorScopeAccessor(scope);
            var db = new ProtectHub.Core.Data.ProtectHubDbContext(
                sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<ProtectHub.Core.Data.ProtectHubDbContext>>(),
                sp.GetRequiredService<ProtectHub.Core.Data.Providers.IDatabaseProvider>(),
                accessor, new ActorScopeOverride(), TimeProvider.System, new ProtectHub.Core.Audit.PersonalDataReadTracker(), ProtectHub.Core.Audit.AuditChainKey.None);
            return Task.FromResult(db.Users.Count(u => u.Id == someone.Id));
        });
        Assert.Equal(0, visible);
    }

    [Fact]
    public async Task Officer_AdminPages_AreForbidden()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var (response, page) = await session.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to view this page", page.TestId("error-heading")!.TextContent);
    }

    [Fact]
    public async Task AuditLog_ExpiredVetting_IsBlockedWithAClearMessage()
    {
        var head = await _users.WithRoles(Role.HeadOfUnit).WithVettingExpiring(new DateOnly(2026, 10, 1)).BuildAsync();
        var session = await Session.SignedInAsync(factory, head);
        var (response, page) = await session.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("your vetting expired on 1 October 2026", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_MalformedIdUnknownRouteAndTamperedToken_GetProperPages()
    {
        var admin = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var session = await Session.SignedInAsync(factory, admin);
        var (malformed, malformedPage) = await session.GetAsync("/admin/users/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("Page not found", malformedPage.TestId("error-heading")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/no/such/page")).StatusCode);

        var tampered = await session.Client.PostAsync("/admin/users/new", new FormUrlEncodedContent([new("Email", "x@y.uk"), new("__RequestVerificationToken", "tampered")]));
        var tamperedPage = await Html.ParseAsync(tampered);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal("Sorry, there is a problem with your request", tamperedPage.TestId("error-heading")!.TextContent);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_AndSignedInPagesAreNotCached()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var response = await session.Client.GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await Html.ParseAsync(response);
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal(nonce, s.GetAttribute("nonce")));
    }

    [Fact]
    public async Task Health_LiveAndReady_AreOpenAndHealthy()
    {
        var client = factory.CreateBrowser();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Regions_ReferencePages_ListTenRegionsAnd43Forces()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var (_, regions) = await session.GetAsync("/regions");
        Assert.Equal(10, regions.QuerySelectorAll("[data-testid='regions'] tbody tr").Length);
        var total = regions.QuerySelectorAll("[data-testid='regions'] tbody tr td:last-child").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(43, total);
        var (_, em) = await session.GetAsync("/regions/em");
        Assert.Equal(5, em.QuerySelectorAll("[data-testid='forces'] tbody tr").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/regions/zz")).StatusCode);
    }
}
