using System.Text.RegularExpressions;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Companies House company numbers: 8 characters, either 8 digits (England and Wales, shorter ones padded with leading
/// zeros) or a 2-letter prefix such as SC, NI, OC, SO, NC, LP, SL, FC, IP, RC then 6 digits.
/// </summary>
public static partial class CompaniesHouseNumber
{
    [GeneratedRegex("^([0-9]{8}|(SC|NI|OC|SO|NC|LP|SL|SF|NL|NF|FC|GE|IP|SP|IC|SI|NP|RC|SR|NR|NO|NZ|CE|CS|R0|ZC|GS|ES|NA|IS|AC|SE|SZ|LN)[0-9]{6})$")]
    private static partial Regex Pattern();

    /// <summary>Returns the normalised number (upper case, zero-padded), or null if it is not a valid format.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is > 0 and < 8 && compact.All(char.IsAsciiDigit))
        {
            compact = compact.PadLeft(8, '0');
        }

        return Pattern().IsMatch(compact) ? compact : null;
    }
}
