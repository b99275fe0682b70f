using System.Text.RegularExpressions;
using ProtectHub.Core.Access;

namespace ProtectHub.Core.Partners;

/// <summary>
/// One word of a current contact's name or email address, with the name the contact list sorts by. Contact search
/// finds contacts whose words start with each word typed, and reads this table alone, in name order: a common name
/// ("smith", "gmail") matches thousands of contacts, and finding and sorting them through the contacts themselves cost
/// a visit to each one's row.
/// </summary>
/// <remarks>
/// Kept in step with <see cref="Contact"/> by the database on PostgreSQL (triggers in its migration, so bulk paths such
/// as imports pay nothing in the app), and by a save reaction on SQLite (ProtectHub.Data.Sqlite's ContactSearchWordSync). Merged contacts have no words. Not personal data in its own right for the audit log:
/// the contacts a search shows are audited as read, as before.
/// </remarks>
public sealed class ContactSearchWord : IRegionOwned
{
    public const int MaxWordLength = 64;

    /// <summary>
    /// What separates words: white space and ASCII punctuation (and typographic quotes and dashes). The PostgreSQL
    /// triggers split on the same class, so both databases agree whatever their locale.
    /// </summary>
    public const string Separators = @"[\s!-/:-@\[-`{-~‘’“”–—]+";

    private static readonly Regex SeparatorPattern = new(Separators, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public Guid ContactId { get; set; }
    public string Word { get; set; } = "";
    public string RegionCode { get; set; } = "";

    /// <summary>The contact's full name: search results sort by it, as the contact list does.</summary>
    public string SortName { get; set; } = "";

    /// <summary>The distinct lower-case words of a name and email address (or of what someone typed into search).</summary>
    public static IReadOnlyList<string> WordsOf(string? fullName, string? email = null) =>
        SeparatorPattern.Split($"{fullName} {email}".ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
