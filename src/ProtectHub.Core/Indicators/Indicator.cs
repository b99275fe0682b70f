using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Indicators;

/// <summary>The kinds of thing intelligence reports and advisories name: subjects, entities and indicators of compromise.</summary>
public enum IndicatorType
{
    Domain,
    IpAddress,
    Url,
    EmailAddress,
    FileHash,
    CryptoWallet,
    CveId,
    OnlineIdentifier,
    Organisation,
}

/// <summary>
/// One indicator, validated for its type and held in its normal form (lower-case domain, canonical IP address or
/// network, lower-case hash). <see cref="Defanged"/> is how people see it, so that nobody clicks it by mistake;
/// <see cref="SearchKey"/> is how it is found (see <see cref="IndicatorSearch"/>).
/// </summary>
public sealed record Indicator(IndicatorType Type, string Value)
{
    public string Defanged => IndicatorRules.Defang(Type, Value);

    public string SearchKey => IndicatorRules.KeyOf(Type, Value);

    /// <summary>As written in a list: "domain: evil.example".</summary>
    public string Line => $"{IndicatorRules.LabelOf(Type)}: {Value}";
}

/// <summary>
/// Reads indicators as people paste them (one a line, defanged or not, with or without the type in front) and says
/// which line is wrong and why. Shared by intelligence reports and advisories.
/// </summary>
public static partial class IndicatorRules
{
    public const int MaxLength = TextLimits.Line;

    private static readonly Dictionary<string, IndicatorType> Labels = new(StringComparer.Ordinal)
    {
        ["domain"] = IndicatorType.Domain,
        ["hostname"] = IndicatorType.Domain,
        ["ip"] = IndicatorType.IpAddress,
        ["ipaddress"] = IndicatorType.IpAddress,
        ["iprange"] = IndicatorType.IpAddress,
        ["url"] = IndicatorType.Url,
        ["link"] = IndicatorType.Url,
        ["email"] = IndicatorType.EmailAddress,
        ["emailaddress"] = IndicatorType.EmailAddress,
        ["hash"] = IndicatorType.FileHash,
        ["filehash"] = IndicatorType.FileHash,
        ["md5"] = IndicatorType.FileHash,
        ["sha1"] = IndicatorType.FileHash,
        ["sha256"] = IndicatorType.FileHash,
        ["wallet"] = IndicatorType.CryptoWallet,
        ["cryptowallet"] = IndicatorType.CryptoWallet,
        ["cryptocurrencywallet"] = IndicatorType.CryptoWallet,
        ["cve"] = IndicatorType.CveId,
        ["handle"] = IndicatorType.OnlineIdentifier,
        ["onlineidentifier"] = IndicatorType.OnlineIdentifier,
        ["username"] = IndicatorType.OnlineIdentifier,
        ["organisation"] = IndicatorType.Organisation,
        ["organization"] = IndicatorType.Organisation,
        ["company"] = IndicatorType.Organisation,
    };

    public static string LabelOf(IndicatorType type) => type switch
    {
        IndicatorType.Domain => "domain",
        IndicatorType.IpAddress => "ip",
        IndicatorType.Url => "url",
        IndicatorType.EmailAddress => "email",
        IndicatorType.FileHash => "hash",
        IndicatorType.CryptoWallet => "wallet",
        IndicatorType.CveId => "cve",
        IndicatorType.OnlineIdentifier => "handle",
        _ => "organisation",
    };

    public static string NameOf(IndicatorType type) => type switch
    {
        IndicatorType.Domain => "Domain",
        IndicatorType.IpAddress => "IP address or range",
        IndicatorType.Url => "URL",
        IndicatorType.EmailAddress => "Email address",
        IndicatorType.FileHash => "File hash",
        IndicatorType.CryptoWallet => "Cryptocurrency wallet",
        IndicatorType.CveId => "CVE id",
        IndicatorType.OnlineIdentifier => "Online identifier",
        _ => "Organisation",
    };

    /// <summary>
    /// Every line of <paramref name="text"/> as an indicator, or the errors naming each bad line ("Entities line 3
    /// ('abc'): ..."). Blank lines are skipped and repeats kept once.
    /// </summary>
    public static (IReadOnlyList<Indicator> Indicators, IReadOnlyList<string> Errors) ParseLines(string? text, string label, IReadOnlySet<IndicatorType> allowed)
    {
        var found = new List<Indicator>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (indicator, error) = Parse(line, allowed);
            if (indicator is null)
            {
                var shown = line.Length > 60 ? line[..60] + "…" : line;
                errors.Add($"{label} line {i + 1} ('{shown}'): {error}");
            }
            else if (!found.Contains(indicator))
            {
                found.Add(indicator);
            }
        }

        return (found, errors);
    }

    /// <summary>One indicator: "type: value", or a value whose type is plain from its shape.</summary>
    public static (Indicator? Indicator, string? Error) Parse(string line, IReadOnlySet<IndicatorType> allowed)
    {
        var text = line.Trim();
        if (text.Length > MaxLength)
        {
            return (null, $"must be {MaxLength} characters or fewer");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Labels.TryGetValue(TextKey.Of(text[..colon]), out var labelled))
        {
            var value = text[(colon + 1)..].Trim();
            if (!allowed.Contains(labelled))
            {
                return (null, $"{NameOf(labelled).ToLowerInvariant()} is not one of the types this list takes");
            }

            return Validate(labelled, value) is { } valid ? (valid, null) : (null, WhyNot(labelled));
        }

        foreach (var type in DetectionOrder.Where(allowed.Contains))
        {
            if (Validate(type, text) is { } detected)
            {
                return (detected, null);
            }
        }

        return (null, "not recognised: write the type first, for example 'domain: evil.example', 'ip: 203.0.113.5', 'handle: Telegram @name' or 'organisation: Acme Ltd'");
    }

    // Shapes tried when no type is written, most specific first; names and handles are never guessed.
    private static readonly IndicatorType[] DetectionOrder =
        [IndicatorType.CveId, IndicatorType.Url, IndicatorType.EmailAddress, IndicatorType.IpAddress, IndicatorType.FileHash, IndicatorType.CryptoWallet, IndicatorType.Domain];

    private static string WhyNot(IndicatorType type) => type switch
    {
        IndicatorType.Domain => "not a domain name (like evil.example)",
        IndicatorType.IpAddress => "not an IP address or range (like 203.0.113.5 or 203.0.113.0/24)",
        IndicatorType.Url => "not a web address starting http:// or https://",
        IndicatorType.EmailAddress => "not an email address (like name@evil.example)",
        IndicatorType.FileHash => "not a file hash: 32, 40, 64 or 128 hexadecimal characters (MD5, SHA-1, SHA-256, SHA-512)",
        IndicatorType.CryptoWallet => "not a Bitcoin, Ethereum or Monero address",
        IndicatorType.CveId => "not a CVE id (like CVE-2024-3400)",
        _ => "cannot be empty",
    };

    /// <summary>Undoes the usual defanging: evil[.]example, name[@]evil[.]example, hxxps://.</summary>
    public static string Refang(string text)
    {
        var value = text.Trim().Replace("[.]", ".", StringComparison.Ordinal).Replace("(.)", ".", StringComparison.Ordinal)
            .Replace("[dot]", ".", StringComparison.OrdinalIgnoreCase).Replace("[@]", "@", StringComparison.Ordinal)
            .Replace("[at]", "@", StringComparison.OrdinalIgnoreCase).Replace("[:]", ":", StringComparison.Ordinal);
        if (value.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase))
        {
            value = "http" + value[4..];
        }

        return value;
    }

    /// <summary>The value in its normal form if it is a valid <paramref name="type"/>, else null.</summary>
    public static Indicator? Validate(IndicatorType type, string raw)
    {
        var value = type is IndicatorType.OnlineIdentifier or IndicatorType.Organisation ? raw.Trim() : Refang(raw);
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return null;
        }

        string? normal = type switch
        {
            IndicatorType.Domain => NormalDomain(value),
            IndicatorType.IpAddress => NormalIp(value),
            IndicatorType.Url => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && NormalDomainOrIp(uri.Host) is not null ? uri.AbsoluteUri : null,
            IndicatorType.EmailAddress => ContactRules.IsEmail(value) && !value.Contains(' ', StringComparison.Ordinal) ? value.ToLowerInvariant() : null,
            IndicatorType.FileHash => HexHash().IsMatch(value) && value.Length is 32 or 40 or 64 or 128 ? value.ToLowerInvariant() : null,
            IndicatorType.CryptoWallet => Ethereum().IsMatch(value) ? value.ToLowerInvariant() : BitcoinLegacy().IsMatch(value) || Monero().IsMatch(value) ? value
                : BitcoinSegwit().IsMatch(value.ToLowerInvariant()) ? value.ToLowerInvariant() : null,
            IndicatorType.CveId => Cve().IsMatch(value) ? value.ToUpperInvariant() : null,
            _ => value,
        };
        return normal is null ? null : new Indicator(type, normal);
    }

    private static string? NormalDomainOrIp(string host) => NormalIp(host.Trim('[', ']')) ?? NormalDomain(host);

    private static string? NormalDomain(string value)
    {
        var host = value.TrimEnd('.').ToLowerInvariant();
        try
        {
            host = new IdnMapping().GetAscii(host);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = host.Split('.');
        return labels.Length >= 2 && labels.All(l => DomainLabel().IsMatch(l)) && !labels[^1].All(char.IsDigit) ? host : null;
    }

    private static string? NormalIp(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? value : value[..slash];
        if (!IPAddress.TryParse(address, out var ip) || (ip.AddressFamily == AddressFamily.InterNetwork && address.Count(c => c == '.') != 3))
        {
            return null;
        }

        if (slash < 0)
        {
            return ip.ToString();
        }

        var bits = ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (!int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix < 1 || prefix > bits)
        {
            return null;
        }

        // The network's own address: 203.0.113.77/24 is written 203.0.113.0/24.
        var bytes = ip.GetAddressBytes();
        for (var bit = prefix; bit < bits; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return $"{new IPAddress(bytes)}/{prefix}";
    }

    /// <summary>How people see an indicator: dots of hosts in brackets, @ in brackets, hxxp, so nothing is a live link.</summary>
    public static string Defang(IndicatorType type, string value) => type switch
    {
        IndicatorType.Domain => value.Replace(".", "[.]", StringComparison.Ordinal),
        IndicatorType.IpAddress when !value.Contains(':', StringComparison.Ordinal) => value.Replace(".", "[.]", StringComparison.Ordinal),
        IndicatorType.EmailAddress => value.Replace("@", "[@]", StringComparison.Ordinal).Replace(".", "[.]", StringComparison.Ordinal),
        IndicatorType.Url => DefangUrl(value),
        _ => value,
    };

    private static string DefangUrl(string value)
    {
        var uri = new Uri(value);
        var rest = value[(uri.Scheme.Length + 3)..];
        var hostEnd = rest.IndexOfAny(['/', '?', '#']);
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        return "hxxp" + uri.Scheme[4..] + "://" + host.Replace(".", "[.]", StringComparison.Ordinal) + (hostEnd < 0 ? "" : rest[hostEnd..]);
    }

    /// <summary>
    /// The key an indicator is found by, in byte order: an IP address with every part at fixed width (so a network is
    /// a range of keys), a domain with its labels reversed (so a domain's subdomains share its key's start), anything
    /// else in lower case (so a search matches it from its start).
    /// </summary>
    public static string KeyOf(IndicatorType type, string value) => type switch
    {
        IndicatorType.IpAddress => IpKey(IPAddress.Parse(value.Split('/')[0])),
        IndicatorType.Domain => DomainKey(value),
        _ => value.ToLowerInvariant(),
    };

    internal static string DomainKey(string domain) => "domain:" + string.Join('.', domain.Split('.').Reverse());

    internal static string IpKey(IPAddress ip) => ip.AddressFamily == AddressFamily.InterNetwork
        ? "ip4:" + string.Join('.', ip.GetAddressBytes().Select(b => b.ToString("000", CultureInfo.InvariantCulture)))
        : "ip6:" + Convert.ToHexStringLower(ip.GetAddressBytes());

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexHash();

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex Ethereum();

    [GeneratedRegex("^[13][1-9A-HJ-NP-Za-km-z]{25,34}$")]
    private static partial Regex BitcoinLegacy();

    [GeneratedRegex("^bc1[ac-hj-np-z02-9]{11,71}$")]
    private static partial Regex BitcoinSegwit();

    [GeneratedRegex("^[48][1-9A-HJ-NP-Za-km-z]{94}$")]
    private static partial Regex Monero();

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,7}$", RegexOptions.IgnoreCase)]
    private static partial Regex Cve();

    [GeneratedRegex("^(?!-)[a-z0-9-]{1,63}(?<!-)$")]
    private static partial Regex DomainLabel();
}
