using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Tests;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("José", "jose")]
    [InlineData("ZOË", "zoe")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Smith-Jones", "smithjones")]
    [InlineData("smith jones", "smithjones")]
    [InlineData("  Müller ", "muller")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Strauß", "straus")]
    public void Name_AccentsApostrophesHyphens_AreFolded(string raw, string expected) =>
        Assert.Equal(expected, TextNormaliser.Name(raw));

    [Theory]
    [InlineData("12, Rue de l'Église", "12 rue de leglise")]
    [InlineData("Flat 3 - 14 High St.", "flat 3 14 high st")]
    public void Text_Punctuation_BecomesSingleSpaces(string raw, string expected) =>
        Assert.Equal(expected, TextNormaliser.Text(raw));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'-'")]
    [InlineData(null)]
    public void Name_BlankOrPunctuationOnly_IsMissing(string? raw) => Assert.Null(TextNormaliser.Name(raw));

    [Theory]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("0044 (0)7700-900123", "07700900123")]
    [InlineData("07700 900 123", "07700900123")]
    [InlineData("447700900123", "07700900123")]
    [InlineData("7700900123", "07700900123")]
    public void Phone_UkFormats_NormaliseToNationalNumber(string raw, string expected) =>
        Assert.Equal(expected, TextNormaliser.Phone(raw));

    [Theory]
    [InlineData("19870205", "19870205")]
    [InlineData("1987-02-05", "19870205")]
    [InlineData("05/02/1987", "19870205")]
    [InlineData("5/2/1987", "19870205")]
    [InlineData("1987-02-05T00:00:00", "19870205")]
    [InlineData("not a date", null)]
    public void Date_CommonFormats_BecomeYyyyMmDd(string raw, string? expected) =>
        Assert.Equal(expected, TextNormaliser.Date(raw));

    [Fact]
    public void Postcode_SpacesAndCase_AreIgnoredAndPartsDerived()
    {
        var postcode = TextNormaliser.Postcode(" sw1a 1aa ")!;
        Assert.Equal("SW1A1AA", postcode);
        Assert.Equal(("SW1A", "SW1A 1"), PreparedField.PostcodeParts(postcode));
        Assert.Equal((null, null), PreparedField.PostcodeParts("2000"));
    }

    [Fact]
    public void Email_Parts_SplitAtLastAt()
    {
        var email = TextNormaliser.Email(" Jane.Doe@Example.COM ")!;
        Assert.Equal("jane.doe@example.com", email);
        Assert.Equal(("jane.doe", "@example.com"), PreparedField.EmailParts(email));
    }
}
