using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ProtectHub.Core.Indicators;

/// <summary>
/// What a search for an indicator means, as a range of <see cref="IndicatorRules.KeyOf"/> keys: an IP address exactly,
/// a network (203.0.113.0/24) every address in it, a partial address (203.0.113) every address starting so, a
/// domain itself and its subdomains, anything else the values starting with the text.
/// </summary>
public sealed record IndicatorQuery(string From, string To, string? AlsoExactly = null)
{
    /// <summary>A range is inclusive at both ends; <see cref="To"/> of a prefix is the prefix and the highest character.</summary>
    public static IndicatorQuery Prefix(string prefix) => new(prefix, prefix + '\uffff');

    public static IndicatorQuery Exactly(string key) => new(key, key);

    public static IndicatorQuery? For(string? text)
    {
        var value = IndicatorRules.Refang(text ?? "");
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Contains('/', StringComparison.Ordinal) && IndicatorRules.Validate(IndicatorType.IpAddress, value) is { } network)
        {
            var (first, last) = Bounds(network.Value);
            return new(IndicatorRules.IpKey(first), IndicatorRules.IpKey(last));
        }

        if (IndicatorRules.Validate(IndicatorType.IpAddress, value) is { } address)
        {
            return Exactly(IndicatorRules.KeyOf(IndicatorType.IpAddress, address.Value));
        }

        var octets = value.TrimEnd('.').Split('.');
        if (octets.Length is >= 1 and <= 3 && value.Contains('.', StringComparison.Ordinal)
            && octets.All(o => o.Length is >= 1 and <= 3 && o.All(char.IsAsciiDigit) && int.Parse(o, CultureInfo.InvariantCulture) <= 255))
        {
            return Prefix("ip4:" + string.Join('.', octets.Select(o => int.Parse(o, CultureInfo.InvariantCulture).ToString("000", CultureInfo.InvariantCulture))) + ".");
        }

        if (!value.Contains('@', StringComparison.Ordinal) && !value.Contains("://", StringComparison.Ordinal)
            && IndicatorRules.Validate(IndicatorType.Domain, value) is { } domain)
        {
            // The domain and its subdomains (whose keys continue with a dot), not evil.example.com for evil.example.
            var key = IndicatorRules.DomainKey(domain.Value);
            return Prefix(key + ".") with { AlsoExactly = key };
        }

        return Prefix(value.ToLowerInvariant());
    }

    private static (IPAddress First, IPAddress Last) Bounds(string network)
    {
        var parts = network.Split('/');
        var first = IPAddress.Parse(parts[0]);
        var prefix = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var bytes = first.GetAddressBytes();
        var bits = first.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        for (var bit = prefix; bit < bits; bit++)
        {
            bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return (first, new IPAddress(bytes));
    }
}
