using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

/// <summary>What an organisation's page shows beside its own fields: memberships, the first contacts, partnerships.</summary>
public sealed class OrganisationProfile(ProtectHubDbContext db)
{
    /// <summary>
    /// How many contacts the page lists; the rest are a link away, in the contact list. The busiest partners have
    /// hundreds, and listing them all (each a read of personal data, audited) made their pages the slowest of the
    /// service.
    /// </summary>
    public const int ContactsShown = 20;

    /// <summary>What the page shows beside the organisation's own fields; the timeline reuses the memberships and partnerships.</summary>
    public sealed record Profile(IReadOnlyList<Membership> Memberships, IReadOnlyList<Contact> Contacts, int ContactCount, IReadOnlyList<Partnership> Partnerships);

    /// <summary>Reads (untracked: the page only shows them) the memberships, the first contacts by name and the partnerships.</summary>
    public async Task<Profile> LoadAsync(Organisation organisation)
    {
        var memberships = await db.Set<Membership>().AsNoTracking().Where(m => m.OrganisationId == organisation.Id).OrderBy(m => m.StartedOn).ToListAsync();
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.OrganisationId == organisation.Id);
        var first = await contacts.OrderBy(c => c.FullName).ThenBy(c => c.Id).Take(ContactsShown).ToListAsync();
        var count = first.Count < ContactsShown ? first.Count : await contacts.CountAsync();
        var partnerships = await db.Set<Partnership>().AsNoTracking().Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.StartsOn).ToListAsync();
        return new Profile(memberships, first, count, partnerships);
    }

    /// <summary>A contact's organisation, loaded into it (merged ones too: the contact may still name one).</summary>
    public Task LoadOrganisationAsync(Contact contact) => db.Entry(contact).Reference(c => c.Organisation).LoadAsync();
}
