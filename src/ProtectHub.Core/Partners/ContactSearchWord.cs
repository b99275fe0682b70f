using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

/// <summary>
/// One word of a current contact's name or email address, with the name the contact list sorts by. Contact search
/// finds contacts whose words start with each word typed, and reads this table alone, in name order: a common name
/// ("smith", "gmail") matches thousands of contacts, and finding and sorting them through the contacts themselves cost
/// a visit to each one's row.
/// </summary>
/// <remarks>
/// Kept in step with <see cref="Contact"/> by the database on PostgreSQL (triggers written by the ContactSearchWords
/// migration, so bulk paths such as imports pay nothing in the app), and by <see cref="SyncAsync"/> from
/// <c>SaveChanges</c> on SQLite. Merged contacts have no words. Not personal data in its own right for the audit log:
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

    /// <summary>
    /// SQLite only: brings the words of every contact added or renamed in this save up to date (PostgreSQL's triggers
    /// do this there). Deleted contacts lose theirs through the foreign key.
    /// </summary>
    internal static async Task SyncAsync(ProtectHubDbContext db, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<Contact>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && (e.Property(c => c.FullName).IsModified
                || e.Property(c => c.NormalisedEmail).IsModified || e.Property(c => c.MergedIntoId).IsModified || e.Property(c => c.RegionCode).IsModified)))
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        // Only contacts already stored have words to replace; new ones (a whole import chunk) need no look-up.
        var changed = entries.Select(e => e.Entity).ToList();
        var held = new List<ContactSearchWord>();
        foreach (var chunk in entries.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).Chunk(500))
        {
            held.AddRange(await db.Set<ContactSearchWord>().IgnoreQueryFilters().Where(w => chunk.Contains(w.ContactId)).ToListAsync(ct));
        }

        var heldByContact = held.ToLookup(w => w.ContactId);
        foreach (var contact in changed)
        {
            var wanted = contact.MergedIntoId is null ? WordsOf(contact.FullName, contact.NormalisedEmail).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var word in heldByContact[contact.Id])
            {
                if (!wanted.Remove(word.Word))
                {
                    db.Remove(word);
                    continue;
                }

                word.SortName = contact.FullName;
                word.RegionCode = contact.RegionCode;
            }

            foreach (var word in wanted)
            {
                db.Add(new ContactSearchWord { ContactId = contact.Id, Word = word, RegionCode = contact.RegionCode, SortName = contact.FullName });
            }
        }

        db.ChangeTracker.DetectChanges();
    }

    /// <summary>
    /// SQLite only: gives words to current contacts that have none, for databases made before this table existed (on
    /// PostgreSQL the migration fills it).
    /// </summary>
    public static async Task FillMissingAsync(ProtectHubDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var missing = await db.Set<Contact>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.MergedIntoId == null && !db.Set<ContactSearchWord>().IgnoreQueryFilters().Any(w => w.ContactId == c.Id))
            .Select(c => new { c.Id, c.FullName, c.NormalisedEmail, c.RegionCode }).ToListAsync(ct);
        foreach (var chunk in missing.Chunk(1000))
        {
            foreach (var c in chunk)
            {
                db.AddRange(WordsOf(c.FullName, c.NormalisedEmail)
                    .Select(w => new ContactSearchWord { ContactId = c.Id, Word = w, RegionCode = c.RegionCode, SortName = c.FullName }));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
