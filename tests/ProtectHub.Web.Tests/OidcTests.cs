using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ProtectHub.Web.Tests;

public sealed class OidcEnabledFactory : ProtectHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Host settings, like environment variables in production, are visible while services are registered.
        builder.UseSetting("Authentication:Oidc:Authority", "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0");
        builder.UseSetting("Authentication:Oidc:ClientId", "protecthub-test");
    }
}

public sealed class OidcTests(OidcEnabledFactory enabled) : IClassFixture<OidcEnabledFactory>
{
    [Fact]
    public async Task SignInPage_ProviderConfigured_OffersItAndACallbackWithoutProofIsRefused()
    {
        var session = new Session(enabled);
        var (_, page) = await session.GetAsync("/sign-in");
        Assert.Equal("Sign in with Microsoft Entra ID", page.TestId("sign-in-external")!.TextContent.Trim());

        var (response, callback) = await session.GetAsync("/sign-in/external/callback");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("did not confirm who you are", callback.TestId("external-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }
}

public sealed class OidcDisabledTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task SignInPage_NoProviderConfigured_HasNoButtonAndTheRoutesAnswer404()
    {
        var session = new Session(factory);
        var (_, page) = await session.GetAsync("/sign-in");
        Assert.Null(page.TestId("sign-in-external"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/sign-in/external")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/sign-in/external/callback")).StatusCode);
    }
}
