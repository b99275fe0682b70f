using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Tests;

public class PartnerRulesTests
{
    [Theory]
    [InlineData("le1 6zg", "LE1 6ZG")]
    [InlineData("SW1A1AA", "SW1A 1AA")]
    [InlineData(" ec1a 1bb ", "EC1A 1BB")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void UkPostcode_ValidForms_AreNormalised(string input, string expected) => Assert.Equal(expected, UkPostcode.Normalise(input));

    [Theory]
    [InlineData("LE1 ZZZ")]
    [InlineData("12345")]
    [InlineData("Q1 1AA")]
    [InlineData("LE1 6CI")]
    [InlineData("")]
    [InlineData(null)]
    public void UkPostcode_InvalidForms_AreRejected(string? input) => Assert.Null(UkPostcode.Normalise(input));

    [Theory]
    [InlineData("01234567", "01234567")]
    [InlineData("1234567", "01234567")]
    [InlineData("sc123456", "SC123456")]
    [InlineData("NI 012345", "NI012345")]
    public void CompaniesHouseNumber_ValidForms_AreNormalised(string input, string expected) =>
        Assert.Equal(expected, CompaniesHouseNumber.Normalise(input));

    [Theory]
    [InlineData("XX123456")]
    [InlineData("123456789")]
    [InlineData("SC12345")]
    [InlineData("AB-12345")]
    public void CompaniesHouseNumber_InvalidForms_AreRejected(string input) => Assert.Null(CompaniesHouseNumber.Normalise(input));

    [Theory]
    [InlineData("The Acme Co. Ltd", "acme")]
    [InlineData("ACME Company Limited", "acme")]
    [InlineData("Smith & Jones Solicitors LLP", "smith jones solicitors")]
    [InlineData("Café Nero", "caf nero")]
    public void NormaliseName_DropsCaseLegalSuffixesAndPunctuation(string name, string expected) =>
        Assert.Equal(expected, OrganisationDirectory.NormaliseName(name));
}
