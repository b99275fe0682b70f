using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Tests;

public class StringMetricsTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("jones", "jones", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_KnownPairs_MatchPublishedValues(string a, string b, double expected) =>
        Assert.Equal(expected, StringMetrics.JaroWinkler(a, b), 3);

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "acbd", 1)]
    [InlineData("smith", "smyth", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("19870205", "19870250", 1)]
    public void DamerauLevenshtein_KnownPairs_GiveExpectedDistance(string a, string b, int expected) =>
        Assert.Equal(expected, StringMetrics.DamerauLevenshtein(a, b));

    [Fact]
    public void DamerauLevenshtein_DistanceAboveMax_ReturnsMaxPlusOne() =>
        Assert.Equal(2, StringMetrics.DamerauLevenshtein("kitten", "sitting", 1));

    [Fact]
    public void DamerauLevenshtein_LongStrings_UsePooledBuffers()
    {
        var a = new string('a', 400) + "xyz";
        var b = new string('a', 400) + "xzy";
        Assert.Equal(1, StringMetrics.DamerauLevenshtein(a + "q", b + "r"[..0] + "q", 3));
    }

    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Tymczak", "T522")]
    [InlineData("", "")]
    public void Soundex_KnownNames_GiveStandardCodes(string name, string code) =>
        Assert.Equal(code, StringMetrics.Soundex(name));

    [Property(MaxTest = 300)]
    public Property JaroWinkler_AnyStrings_IsSymmetricAndInUnitInterval(NonNull<string> x, NonNull<string> y)
    {
        var a = x.Get;
        var b = y.Get;
        var ab = StringMetrics.JaroWinkler(a, b);
        var ba = StringMetrics.JaroWinkler(b, a);
        return (ab >= 0 && ab <= 1 && Math.Abs(ab - ba) < 1e-12).ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property Jaro_ShortAsciiStrings_BitParallelEqualsReference(NonNull<string> x, NonNull<string> y)
    {
        // Small alphabet so that matches and transpositions are common.
        static string Squash(string s) => new([.. s.Take(70).Select(c => (char)('a' + (c % 5)))]);
        var a = Squash(x.Get);
        var b = Squash(y.Get);
        return (Math.Abs(StringMetrics.Jaro(a, b) - StringMetrics.JaroReference(a, b)) < 1e-12).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property DamerauLevenshtein_AnyStrings_IsSymmetricAndBoundedByLengths(NonNull<string> x, NonNull<string> y)
    {
        var a = x.Get;
        var b = y.Get;
        var d = StringMetrics.DamerauLevenshtein(a, b);
        var ok = d == StringMetrics.DamerauLevenshtein(b, a)
            && d >= Math.Abs(a.Length - b.Length)
            && d <= Math.Max(a.Length, b.Length)
            && (d == 0) == string.Equals(a, b, StringComparison.Ordinal);
        return ok.ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property DamerauLevenshtein_WithCap_EqualsUncappedClampedToCapPlusOne(NonNull<string> x, NonNull<string> y, byte capByte)
    {
        var cap = capByte % 5;
        var full = StringMetrics.DamerauLevenshtein(x.Get, y.Get);
        var capped = StringMetrics.DamerauLevenshtein(x.Get, y.Get, cap);
        return (capped == Math.Min(full, cap + 1)).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property DamerauLevenshtein_OneEditAway_IsAtMostOne(NonNull<string> x, char c, int position)
    {
        var a = x.Get;
        var p = a.Length == 0 ? 0 : Math.Abs(position % (a.Length + 1));
        var inserted = a.Insert(p, c.ToString());
        return (StringMetrics.DamerauLevenshtein(a, inserted) <= 1).ToProperty();
    }
}
