using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// Which reverse proxies may tell ProtectHub the client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto).
/// ASP.NET Core trusts loopback by default, which let anyone reaching the app through loopback pick their own address
/// with each request and escape the per-client sign-in limits. Only proxies named in configuration are believed:
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges).
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds loopback by default and is still consulted.
        options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        var section = configuration.GetSection(Section);
        foreach (var proxy in Values(section.GetSection("KnownProxies")))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in Values(section.GetSection("KnownNetworks")))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                ? range
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR form, like 10.0.0.0/24."));
        }

        // One proxy in front by default: the address it saw is the client's; more hops must be configured.
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);

        // With both lists empty the middleware would believe every sender, so no configured proxy means no forwarding.
        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
        {
            options.ForwardedHeaders = ForwardedHeaders.None;
        }
    }

    /// <summary>An array (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or one comma-separated value, as is easiest in an environment variable.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
