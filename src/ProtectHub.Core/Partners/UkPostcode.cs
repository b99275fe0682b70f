using System.Text.RegularExpressions;

namespace ProtectHub.Core.Partners;

/// <summary>UK postcode validation and normalisation to the Royal Mail form, such as "LE1 6ZG".</summary>
public static partial class UkPostcode
{
    [GeneratedRegex("^(GIR0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]?[0-9][ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex Pattern();

    /// <summary>Returns the normalised postcode, or null if the text is not a valid UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return Pattern().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }
}
