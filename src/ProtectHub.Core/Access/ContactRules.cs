using System.ComponentModel.DataAnnotations;

namespace ProtectHub.Core.Access;

/// <summary>What ProtectHub accepts as an email address or UK telephone number, wherever people's details are entered or imported.</summary>
public static class ContactRules
{
    /// <summary>A well-formed address of at most 256 characters whose domain has a dot (so "name@localhost" is refused).</summary>
    public static bool IsEmail(string email)
    {
        var trimmed = email.Trim();
        // The dot must be in the domain: "p.wood@example" has one only before the @, and no mail reaches it.
        var domain = trimmed[(trimmed.LastIndexOf('@') + 1)..];
        return trimmed.Length <= 256 && new EmailAddressAttribute().IsValid(trimmed)
            && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>10 to 13 digits, written with spaces, brackets, hyphens or a leading +, like 01632 960 001 or +44 7700 900 982.</summary>
    public static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 13 && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-');
    }
}
