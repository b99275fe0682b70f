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

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex Outward();

    [GeneratedRegex("^[0-9][A-Z]{0,2}$")]
    private static partial Regex InwardStart();

    /// <summary>
    /// What a search box's text can mean as a postcode, against postcodes stored as "LE1 5WW": the whole postcode in any
    /// spacing or case (le15ww); a prefix, such as an outward code (LE1 finds LE1 5WW but not LE15 1AA) or a typed start
    /// (LE1 5); and, for unspaced text, the start of outward and inward codes together (le15w finds LE1 5WW). Nulls where
    /// the text cannot be that.
    /// </summary>
    public static (string? Postcode, string? Prefix, string? SplitPrefix) SearchTerms(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        var compact = string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length < 2 || !char.IsAsciiLetter(compact[0]))
        {
            return (null, null, null);
        }

        var full = Normalise(compact);
        string? prefix = null;
        if (trimmed.Contains(' ', StringComparison.Ordinal) && Outward().IsMatch(trimmed[..trimmed.IndexOf(' ', StringComparison.Ordinal)]))
        {
            prefix = string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        else if (Outward().IsMatch(compact))
        {
            prefix = compact + " ";
        }

        string? split = null;
        var lastDigit = compact.AsSpan().LastIndexOfAnyInRange('0', '9');
        if (lastDigit >= 2 && Outward().IsMatch(compact[..lastDigit]) && InwardStart().IsMatch(compact[lastDigit..]))
        {
            split = $"{compact[..lastDigit]} {compact[lastDigit..]}";
        }

        return (full, prefix, split);
    }
}
