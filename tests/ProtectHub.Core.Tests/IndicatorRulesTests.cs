using ProtectHub.Core.Indicators;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Core.Tests;

public class IndicatorRulesTests
{
    private static readonly IReadOnlySet<IndicatorType> All = IntelligenceDrafting.SubjectTypes;

    [Theory]
    [InlineData("evil[.]example", IndicatorType.Domain, "evil.example", "evil[.]example")]
    [InlineData("Mail.EVIL.example.", IndicatorType.Domain, "mail.evil.example", "mail[.]evil[.]example")]
    [InlineData("203.0.113.5", IndicatorType.IpAddress, "203.0.113.5", "203[.]0[.]113[.]5")]
    [InlineData("203.0.113.77/24", IndicatorType.IpAddress, "203.0.113.0/24", "203[.]0[.]113[.]0/24")]
    [InlineData("2001:db8::1", IndicatorType.IpAddress, "2001:db8::1", "2001:db8::1")]
    [InlineData("hxxps://login.evil[.]example/reset?u=1", IndicatorType.Url, "https://login.evil.example/reset?u=1", "hxxps://login[.]evil[.]example/reset?u=1")]
    [InlineData("Billing[@]Evil[.]example", IndicatorType.EmailAddress, "billing@evil.example", "billing[@]evil[.]example")]
    [InlineData("D41D8CD98F00B204E9800998ECF8427E", IndicatorType.FileHash, "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("cve-2024-3400", IndicatorType.CveId, "CVE-2024-3400", "CVE-2024-3400")]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7", IndicatorType.CryptoWallet, "0x52908400098527886e0f7030069857d2e4169ee7", "0x52908400098527886e0f7030069857d2e4169ee7")]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", IndicatorType.CryptoWallet, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("handle: Telegram @acme_support", IndicatorType.OnlineIdentifier, "Telegram @acme_support", "Telegram @acme_support")]
    [InlineData("organisation: Acme Ltd", IndicatorType.Organisation, "Acme Ltd", "Acme Ltd")]
    [InlineData("ip: 198.51.100.1", IndicatorType.IpAddress, "198.51.100.1", "198[.]51[.]100[.]1")]
    public void Parse_RecognisesTheTypeByShapeOrLabel_InItsNormalForm_AndDefangsIt(string line, IndicatorType type, string value, string defanged)
    {
        var (indicator, error) = IndicatorRules.Parse(line, All);
        Assert.Null(error);
        Assert.Equal(type, indicator!.Type);
        Assert.Equal(value, indicator.Value);
        Assert.Equal(defanged, indicator.Defanged);
    }

    [Theory]
    [InlineData("999.1.2.3", "not recognised")]
    [InlineData("10.0.0", "not recognised")]
    [InlineData("hash: abc123", "not a file hash")]
    [InlineData("ip: 203.0.113.0/40", "not an IP address or range")]
    [InlineData("domain: -bad-.example", "not a domain name")]
    [InlineData("email: p.wood@example", "not an email address")]
    [InlineData("url: javascript:alert(1)", "not a web address")]
    [InlineData("wallet: 0x1234", "not a Bitcoin, Ethereum or Monero address")]
    [InlineData("just some words", "not recognised")]
    public void Parse_BadValues_SayWhy(string line, string why)
    {
        var (indicator, error) = IndicatorRules.Parse(line, All);
        Assert.Null(indicator);
        Assert.StartsWith(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLines_NamesEachBadLine_SkipsBlanks_AndKeepsRepeatsOnce()
    {
        var (indicators, errors) = IndicatorRules.ParseLines("evil.example\n\nEVIL[.]example\nnonsense here\n203.0.113.5", "Subjects", All);
        Assert.Equal(["evil.example", "203.0.113.5"], indicators.Select(i => i.Value));
        Assert.Equal(["Subjects line 4 ('nonsense here'): not recognised: write the type first, for example 'domain: evil.example', 'ip: 203.0.113.5', 'handle: Telegram @name' or 'organisation: Acme Ltd'"], errors);
    }

    [Fact]
    public void Parse_TypesTheListDoesNotTake_AreRefused()
    {
        var (indicator, error) = IndicatorRules.Parse("organisation: Acme", new HashSet<IndicatorType> { IndicatorType.Domain });
        Assert.Null(indicator);
        Assert.Equal("organisation is not one of the types this list takes", error);
    }

    private static bool Finds(string query, IndicatorType type, string value)
    {
        var search = IndicatorQuery.For(query)!;
        var key = IndicatorRules.KeyOf(type, value);
        return (string.CompareOrdinal(key, search.From) >= 0 && string.CompareOrdinal(key, search.To) <= 0) || key == search.AlsoExactly;
    }

    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.5", true)]
    [InlineData("203.0.113.0/24", "203.0.113.255", true)]
    [InlineData("203.0.113.0/24", "203.0.114.0", false)]
    [InlineData("203.0.112.0/23", "203.0.113.9", true)]
    [InlineData("203.0.113", "203.0.113.200", true)]
    [InlineData("203.0.11", "203.0.113.200", false)]
    [InlineData("203.0.113.5", "203.0.113.5", true)]
    [InlineData("203.0.113.5", "203.0.113.50", false)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    public void Search_IpAddressesAndNetworks(string query, string address, bool found) =>
        Assert.Equal(found, Finds(query, IndicatorType.IpAddress, address));

    [Theory]
    [InlineData("evil.example", "evil.example", true)]
    [InlineData("evil[.]example", "mail.evil.example", true)]
    [InlineData("evil.example", "notevil.example", false)]
    [InlineData("evil.example", "evil.example.com", false)]
    public void Search_DomainsFindThemselvesAndTheirSubdomains(string query, string domain, bool found) =>
        Assert.Equal(found, Finds(query, IndicatorType.Domain, domain));

    [Fact]
    public void Search_AnythingElse_IsMatchedFromItsStart()
    {
        Assert.True(Finds("d41d8c", IndicatorType.FileHash, "d41d8cd98f00b204e9800998ecf8427e"));
        Assert.True(Finds("BILLING@", IndicatorType.EmailAddress, "billing@evil.example"));
        Assert.False(Finds("8cd98f", IndicatorType.FileHash, "d41d8cd98f00b204e9800998ecf8427e"));
    }
}
