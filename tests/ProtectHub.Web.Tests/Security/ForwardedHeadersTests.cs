using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Web.Tests.Security;

/// <summary>
/// The test server has no network connection; this gives every request a client address before any of the
/// application's middleware runs: the one in the test's <see cref="AddressHeader"/>, or loopback, as a client on the
/// same machine (or a proxy there) would have.
/// </summary>
public class ClientAddressFactory : ProtectHubFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
    }

    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(AddressHeader, out var address)
                    ? IPAddress.Parse(address.ToString())
                    : IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Clients on loopback with a low sign-in limit.</summary>
public class LoopbackClientFactory : ClientAddressFactory
{
    protected override int SignInPermitsPerMinute => 3;
}

/// <summary>Behind a configured proxy on loopback.</summary>
public sealed class BehindProxyFactory : LoopbackClientFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies", "127.0.0.1");
    }
}

/// <summary>Attack run finding 8: rate limits trusted any X-Forwarded-For from loopback.</summary>
public sealed class ForwardedHeadersTests(LoopbackClientFactory direct) : IClassFixture<LoopbackClientFactory>
{
    private static async Task<HttpStatusCode> SignInPageAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task NoProxyConfigured_ForgedForwardedFor_DoesNotEscapeTheSignInLimit()
    {
        var client = direct.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await SignInPageAsync(client, $"203.0.113.{i + 1}"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class BehindProxyTests(BehindProxyFactory proxied) : IClassFixture<BehindProxyFactory>
{
    [Fact]
    public async Task ConfiguredProxy_LimitsArePerClientNotGlobal()
    {
        var client = proxied.CreateBrowser();
        async Task<HttpStatusCode> AsAsync(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            first.Add(await AsAsync("198.51.100.7"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, await AsAsync("198.51.100.8")); // Another client behind the same proxy is not held up.
    }
}
