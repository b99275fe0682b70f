using ProtectHub.Core.Access;

namespace ProtectHub.Core.Tests;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("name@example.com", true)]
    [InlineData("  Name@Example.co.uk ", true)]
    [InlineData("name@localhost", false)]
    [InlineData("not-an-email", false)]
    [InlineData("two@@example.com", false)]
    [InlineData("p.wood@example", false)]
    [InlineData("p.wood@.example.com", false)]
    [InlineData("p.wood@example.com.", false)]
    [InlineData("p.wood@example..com", false)]
    public void IsEmail_AcceptsRealAddressesOnly(string email, bool expected) => Assert.Equal(expected, ContactRules.IsEmail(email));

    [Fact]
    public void IsEmail_RefusesMoreThan256Characters() => Assert.False(ContactRules.IsEmail(new string('a', 251) + "@b.com"));

    [Fact]
    public void IsEmail_Accepts256Characters() => Assert.True(ContactRules.IsEmail(new string('a', 250) + "@b.com"));

    [Theory]
    [InlineData("01632 960 001", true)]
    [InlineData("+44 7700 900 982", true)]
    [InlineData("(01632) 960-001", true)]
    [InlineData("12345", false)]
    [InlineData("01632 960 001 ext 4", false)]
    [InlineData("0163296000112345", false)]
    public void IsPhone_AcceptsUkNumbersAsPeopleWriteThem(string phone, bool expected) => Assert.Equal(expected, ContactRules.IsPhone(phone));
}
