using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Web.Tests;

/// <summary>The real application plus one route that throws, added by the test, to see what a user gets on a crash.</summary>
public sealed class ThrowingFactory : ProtectHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingRoute>());
    }

    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-crash", crash => crash.Run(_ => throw new InvalidOperationException("secret internal detail")));
        };
    }
}

public sealed class ServerErrorTests(ThrowingFactory factory) : IClassFixture<ThrowingFactory>
{
    [Fact]
    public async Task UnhandledException_ShowsServiceProblemPageWithReferenceAndNoDetail()
    {
        // Even a route outside Razor Pages needs a signed-in user (the fallback policy), so sign in first.
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync());
        var response = await session.Client.GetAsync("/test-crash");
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.TestId("error-heading")!.TextContent);
        Assert.Contains("Reference:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
