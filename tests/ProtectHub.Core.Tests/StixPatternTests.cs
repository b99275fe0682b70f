using ProtectHub.Core.Advisories;
using ProtectHub.Core.Indicators;

namespace ProtectHub.Core.Tests;

/// <summary>The STIX patterning grammar (OASIS STIXPattern.g4): the specification's own examples parse, broken ones are named.</summary>
public class StixPatternTests
{
    [Theory]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")]
    [InlineData("[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']")]
    [InlineData("[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']")]
    [InlineData("[domain-name:value = 'example.com'] FOLLOWEDBY [ipv4-addr:value = '198.51.100.1/32'] WITHIN 300 SECONDS")]
    [InlineData("([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']")]
    [InlineData("[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.123Z'")]
    [InlineData("[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value ISSUBSET '198.51.100.0/24'] REPEATS 5 TIMES WITHIN 1800 SECONDS")]
    [InlineData("[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number NOT IN ('1', '2', 3)]")]
    [InlineData("[file:size > 1000 AND file:size <= -1 AND file:x_ratio >= .5 AND file:mime_type != 'text/plain']")]
    [InlineData("[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=' AND artifact:x_hex = h'ff00' AND artifact:x_flag = true]")]
    [InlineData("[NOT EXISTS windows-registry-key:values[0].name] /* a comment */ AND [user-account:account_login LIKE 'adm%']")]
    [InlineData("[url:value = 'https://example.com/it\\'s']")]
    public void SpecificationExamples_Parse(string pattern) => Assert.Null(StixPattern.Error(pattern));

    [Theory]
    [InlineData("domain-name:value = 'x.example'", "at character 1: 'domain-name' where an observation ('[' or '(') was expected")]
    [InlineData("[domain-name:value = 'x.example'", "at character 33: the pattern ends where ']' closing the observation was expected")]
    [InlineData("[domain-name:value = 'x.example]", "at character 22: a string that is never closed")]
    [InlineData("[domain-name:value 'x.example']", "at character 20: ''x.example'' where a comparison (=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET or ISSUPERSET) was expected")]
    [InlineData("[domain-name:value = 'a'] WITHIN -5 SECONDS", "at character 34: '-5' where a positive number of seconds after WITHIN was expected")]
    [InlineData("[file:name = 'a'] START t'2016-13-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'", "at character 25: a timestamp that is not yyyy-mm-ddThh:mm:ss[.s]Z")]
    [InlineData("[file:size > true]", "at character 14: 'true' where a number, string, timestamp, hex or binary value was expected")]
    [InlineData("[file:hashes.SHA-256 = 'a']", "at character 14: 'SHA-256' where a property name after '.' was expected")]
    [InlineData("[x509-certificate:issuer = 'a' AND NOT x509-certificate:serial_number IN ('1')]", "at character 36: 'NOT' where an object type such as domain-name was expected")]
    [InlineData("[file:name = 'a'] AND", "at character 22: the pattern ends where an observation ('[' or '(') was expected")]
    [InlineData("[file:name = 'a\\d']", "at character 16: a backslash in a string that escapes neither a quote nor a backslash")]
    public void MalformedPatterns_AreRefused_SayingWhereAndWhy(string pattern, string error) => Assert.Equal(error, StixPattern.Error(pattern));

    [Theory]
    [InlineData(IndicatorType.Domain, "it's-odd.example")]
    [InlineData(IndicatorType.IpAddress, "2001:db8::1")]
    [InlineData(IndicatorType.IpAddress, "203.0.113.0/24")]
    [InlineData(IndicatorType.Url, "https://evil.example/a\\b'c")]
    [InlineData(IndicatorType.EmailAddress, "o'brien@evil.example")]
    [InlineData(IndicatorType.FileHash, "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData(IndicatorType.FileHash, "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f")]
    public void WhatWeExport_Parses(IndicatorType type, string value) => Assert.Null(StixPattern.Error(StixExport.Pattern(new Indicator(type, value))));
}
