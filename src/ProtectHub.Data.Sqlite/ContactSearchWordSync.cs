using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProtectHub.Core.Partners;

namespace ProtectHub.Data.Sqlite;

/// <summary>
/// Keeps <see cref="ContactSearchWord"/> in step with contacts on SQLite, as a save reaction: the words of every
/// contact added, renamed, re-addressed, merged or moved are replaced in the same save. (PostgreSQL does this with
/// triggers written by its migration, so bulk paths such as COPY pay nothing in the app.) Deleted contacts lose their
/// words through the foreign key.
/// </summary>
public sealed class ContactSearchWordSync : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && Changed(db) is { Count: > 0 } changed)
        {
            Apply(db, changed, HeldWords(db, changed).ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Changed(db) is { Count: > 0 } changed)
        {
            Apply(db, changed, await HeldWords(db, changed).ToListAsync(cancellationToken));
        }

        return result;
    }

    private static List<(Contact Contact, bool Stored)> Changed(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<Contact>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && (e.Property(c => c.FullName).IsModified
                || e.Property(c => c.NormalisedEmail).IsModified || e.Property(c => c.MergedIntoId).IsModified || e.Property(c => c.RegionCode).IsModified)))
            .Select(e => (e.Entity, e.State == EntityState.Modified))
            .ToList();
    }

    /// <summary>Only contacts already stored have words to replace; new ones (a whole import chunk) need no look-up.</summary>
    private static IQueryable<ContactSearchWord> HeldWords(DbContext db, List<(Contact Contact, bool Stored)> changed)
    {
        var stored = changed.Where(c => c.Stored).Select(c => c.Contact.Id).ToList();
        return db.Set<ContactSearchWord>().IgnoreQueryFilters().Where(w => stored.Contains(w.ContactId));
    }

    private static void Apply(DbContext db, List<(Contact Contact, bool Stored)> changed, List<ContactSearchWord> held)
    {
        // Words this context already added count as held: when a save is tried again (the audit chain's retry after a
        // failed attempt), they must not be added twice.
        var added = db.ChangeTracker.Entries<ContactSearchWord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        var heldByContact = held.Concat(added).ToLookup(w => w.ContactId);
        foreach (var (contact, _) in changed)
        {
            var wanted = contact.MergedIntoId is null ? ContactSearchWord.WordsOf(contact.FullName, contact.NormalisedEmail).ToHashSet(StringComparer.Ordinal) : [];
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
}
