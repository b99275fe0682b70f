using System.Globalization;
using System.Text;

namespace ProtectHub.Linkage.Internals;

/// <summary>Turns raw text into the canonical form every comparator works on. Runs once per distinct raw value.</summary>
internal static class TextNormaliser
{
    /// <summary>Case folds, strips accents, drops apostrophes, turns other punctuation into single spaces.</summary>
    public static string? Text(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (raw.Length <= 256 && System.Text.Ascii.IsValid(raw))
        {
            return AsciiText(raw);
        }
        var decomposed = raw.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (IsApostrophe(c))
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(FoldLetter(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Like <see cref="Text"/> but also removes spaces and hyphens: "Smith-Jones" and "smith jones" are one name.</summary>
    public static string? Name(string? raw)
    {
        var text = Text(raw);
        if (text is null)
        {
            return null;
        }
        return text.Contains(' ', StringComparison.Ordinal) ? text.Replace(" ", string.Empty, StringComparison.Ordinal) : text;
    }

    /// <summary>Digits only; UK phone prefixes +44 / 0044 / 44 become a leading 0.</summary>
    public static string? Phone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        Span<char> buffer = stackalloc char[Math.Min(raw.Length, 64)];
        var n = 0;
        foreach (var c in raw)
        {
            if (c is >= '0' and <= '9' && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }
        ReadOnlySpan<char> digits = buffer[..n];
        if (IsPlaceholderNumber(digits))
        {
            return null;
        }

        if (digits.StartsWith("0044"))
        {
            digits = digits[4..];
            return digits.Length == 0 ? null : string.Concat("0", digits.TrimStart('0'));
        }
        if (digits.StartsWith("44") && digits.Length >= 12)
        {
            return string.Concat("0", digits[2..].TrimStart('0'));
        }
        if (digits.Length == 10 && digits[0] != '0')
        {
            return string.Concat("0", digits);
        }
        return digits.Length == 0 ? null : digits.ToString();
    }

    /// <summary>Upper case, no spaces, letters and digits only.</summary>
    public static string? Postcode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return string.IsNullOrWhiteSpace(raw) ? null : Exact(raw)?.ToUpperInvariant();
        }
        Span<char> buffer = stackalloc char[raw.Length];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }
        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>Trimmed and lower-cased; accents stripped.</summary>
    public static string? Email(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var trimmed = raw.Trim();
        if (IsPlaceholderEmail(trimmed))
        {
            return null;
        }
        if (System.Text.Ascii.IsValid(trimmed))
        {
            return trimmed.Contains(' ', StringComparison.Ordinal) || trimmed.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0
                ? trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
                : trimmed;
        }
        trimmed = trimmed.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsWhiteSpace(c))
            {
                continue;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// What a form gets when there is no number: fewer than 7 digits, or after the leading zeros one digit followed by
    /// one digit repeated (00000000000, 07000000000, 07777777777, 01111111111). Treated as missing, never as a shared identity.
    /// </summary>
    private static bool IsPlaceholderNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 7)
        {
            return digits.Length > 0;
        }

        var rest = digits.TrimStart('0');
        return rest.Length <= 1 || rest[1..].IndexOfAnyExcept(rest[1]) < 0;
    }

    private static readonly HashSet<string> PlaceholderLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "noemail", "no.email", "no-email", "no_email", "no", "na", "n.a", "nil", "null", "unknown", "notknown", "not.known",
        "notprovided", "not.provided", "noaddress", "refused", "declined", "test", "x", "xx", "xxx", "a", "abc", "noreply", "no-reply",
    };

    /// <summary>
    /// An address typed to fill a required box (none@none.com, noemail@..., unknown@...), or with no '@' at all: treated
    /// as missing, never as a shared identity.
    /// </summary>
    private static bool IsPlaceholderEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1)
        {
            return true;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        return PlaceholderLocalParts.Contains(local) || domain.StartsWith("none.", StringComparison.OrdinalIgnoreCase)
            || domain.StartsWith("noemail.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Trimmed and case folded, nothing else: identifiers and codes.</summary>
    public static string? Exact(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        return raw.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Dates as yyyyMMdd digits. Accepts yyyyMMdd, yyyy-MM-dd, yyyy/MM/dd and UK dd/MM/yyyy (also with '-' or '.').
    /// Unparseable digit strings are kept as they are so typo levels still work.
    /// </summary>
    public static string? Date(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var s = raw.Trim();
        var tIndex = s.IndexOfAny(['T', ' ']);
        if (tIndex > 0)
        {
            s = s[..tIndex];
        }
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var current = -1;
        var len = 0;
        var separated = false;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
                len++;
                if (len > 8)
                {
                    return null;
                }
            }
            else if (c is '-' or '/' or '.')
            {
                separated = true;
                if (current < 0 || count >= 3)
                {
                    return null;
                }
                parts[count] = current;
                lengths[count++] = len;
                current = -1;
                len = 0;
            }
            else
            {
                return null;
            }
        }
        if (!separated)
        {
            return s.Length == 8 ? s : null;
        }
        if (current < 0 || count != 2)
        {
            return null;
        }
        parts[2] = current;
        lengths[2] = len;
        int y, m, d;
        if (lengths[0] == 4)
        {
            (y, m, d) = (parts[0], parts[1], parts[2]);
        }
        else if (lengths[2] == 4)
        {
            (y, m, d) = (parts[2], parts[1], parts[0]);
        }
        else
        {
            return null;
        }
        if (m > 99 || d > 99)
        {
            return null;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{y:D4}{m:D2}{d:D2}");
    }

    private static string? AsciiText(string raw)
    {
        Span<char> buffer = stackalloc char[raw.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (c is '\'' or '`')
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && n > 0)
                {
                    buffer[n++] = ' ';
                }
                pendingSpace = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return n == 0 ? null : new string(buffer[..n]);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC';

    private static char FoldLetter(char c)
    {
        // Letters with no decomposition that people still type for their ASCII look-alike.
        return c switch
        {
            'ß' => 's',
            'ø' or 'Ø' => 'o',
            'æ' or 'Æ' => 'a',
            'ł' or 'Ł' => 'l',
            'đ' or 'Đ' => 'd',
            _ => char.ToLowerInvariant(c),
        };
    }
}
