using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>Contacts of the user's region: validation, duplicate warnings, consent and opt-out.</summary>
public sealed class ContactDirectory(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    public sealed record Duplicate(Contact Contact, string Reason);

    public async Task<List<FieldError>> ValidateAsync(ContactDetails details)
    {
        var errors = Validate(details, time.UkToday());
        if (details.OrganisationId is { } organisationId && !await db.Set<Organisation>().AnyAsync(o => o.Id == organisationId))
        {
            errors.Add(new("OrganisationId", "Select an organisation of your region"));
        }

        return errors;
    }

    /// <summary>The rules that need no database (the organisation is checked by the caller): shared by the form and the import.</summary>
    public static List<FieldError> Validate(ContactDetails details, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.FullName))
        {
            errors.Add(new("FullName", "Enter the contact's full name"));
        }
        else if (details.FullName.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("FullName", TextLimits.TooLong("Full name", TextLimits.Line)));
        }

        if (details.Email?.Trim().Length > TextLimits.Email)
        {
            errors.Add(new("Email", TextLimits.TooLong("Email address", TextLimits.Email)));
        }
        else if (!string.IsNullOrWhiteSpace(details.Email) && !ContactRules.IsEmail(details.Email))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(details.Phone) && !ContactRules.IsPhone(details.Phone))
        {
            errors.Add(new("Phone", "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"));
        }

        if (details.LawfulBasis is null)
        {
            errors.Add(new("LawfulBasis", "Select the lawful basis for holding this contact"));
        }
        else if (details.LawfulBasis == LawfulBasis.Consent)
        {
            if (details.ConsentGivenOn is null)
            {
                errors.Add(new("ConsentGivenOn", "Enter the date consent was given"));
            }
            else if (details.ConsentGivenOn > today)
            {
                errors.Add(new("ConsentGivenOn", "Date consent was given must be today or in the past"));
            }

            if (string.IsNullOrWhiteSpace(details.ConsentMethod))
            {
                errors.Add(new("ConsentMethod", "Enter how consent was given, for example 'signed up at the event'"));
            }
        }

        if (details.AcceptsEmail && string.IsNullOrWhiteSpace(details.Email))
        {
            errors.Add(new("Email", "Enter an email address, or untick email as a way to contact them"));
        }

        return errors;
    }

    public async Task<IReadOnlyList<Duplicate>> FindDuplicatesAsync(ContactDetails details, Guid? except = null)
    {
        var email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim().ToLowerInvariant();
        var name = details.FullName.Trim().ToLowerInvariant();
        var candidates = await db.Set<Contact>().AsNoTracking().Include(c => c.Organisation)
            .Where(c => c.Id != except)
            .Where(c => (email != null && c.NormalisedEmail == email) || (c.FullName.ToLower() == name && c.OrganisationId == details.OrganisationId))
            .Take(20).ToListAsync();
        return candidates.Select(c => new Duplicate(c, email is not null && c.NormalisedEmail == email ? "same email address" : "same name at the same organisation")).ToList();
    }

    public async Task<Contact> CreateAsync(ContactDetails details)
    {
        var contact = New(details);
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>A new contact of the acting user's region, not yet saved.</summary>
    public Contact New(ContactDetails details)
    {
        var contact = new Contact { RegionCode = db.Scope.RegionCode, CreatedAt = time.GetUtcNow() };
        Apply(contact, details);
        return contact;
    }

    public async Task UpdateAsync(Contact contact, ContactDetails details)
    {
        Apply(contact, details);
        await db.SaveChangesAsync();
    }

    /// <summary>Records that the person does not want to be contacted; no feature will email them again.</summary>
    public async Task OptOutAsync(Contact contact, string reason)
    {
        contact.OptedOut = true;
        contact.OptedOutAt = time.GetUtcNow();
        contact.AcceptsEmail = false;
        contact.AcceptsPhone = false;
        contact.AcceptsPost = false;
        db.AuditReason = reason;
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The region's current contacts in name order, a page at a time. With text, those whose name or email address has
    /// a word starting with each word typed ("sm" finds Sam Smith, "gmail" finds sam@gmail.com), found and ordered
    /// through <see cref="ContactSearchWord"/> alone; only the page's contacts are then read.
    /// </summary>
    /// <remarks><paramref name="withEmailOnly"/>: only contacts with an email address (the pickers that add people to email).</remarks>
    public async Task<(IReadOnlyList<Contact> Items, int Total)> SearchAsync(string? text, Guid? organisationId, int page, int pageSize, bool withEmailOnly = false)
    {
        // The total is shared by the region's officers with the same search until a contact changes: counting the
        // matches of a common name ("smith"), or the whole list, is the page's dearest part, and the same for everyone.
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Contacts,
            $"contact-total:{organisationId}:{withEmailOnly}:{text?.Trim()}",
            sp => sp.GetRequiredService<ContactDirectory>().CountAsync(text, organisationId, withEmailOnly));
        if (total == 0)
        {
            return ([], 0);
        }

        var skip = (Paging.ClampPage(page, pageSize) - 1) * pageSize;
        var contacts = db.Set<Contact>().AsNoTracking().Include(c => c.Organisation);
        if (Matches(text, organisationId, withEmailOnly) is not { } hits)
        {
            return (await Listed(organisationId, withEmailOnly).Include(c => c.Organisation).OrderBy(c => c.FullName).ThenBy(c => c.Id).Skip(skip).Take(pageSize).ToListAsync(), total);
        }

        var matches = hits.Select(w => new { w.SortName, w.ContactId }).Distinct();
        var ids = await matches.OrderBy(m => m.SortName).ThenBy(m => m.ContactId).Skip(skip).Take(pageSize).Select(m => m.ContactId).ToListAsync();
        return ((await contacts.Where(c => ids.Contains(c.Id)).ToListAsync()).InOrderOf(ids, c => c.Id), total);
    }

    /// <summary>How many contacts the search finds (up to <see cref="Paging.CountLimit"/>).</summary>
    private Task<int> CountAsync(string? text, Guid? organisationId, bool withEmailOnly) =>
        Matches(text, organisationId, withEmailOnly) is { } hits
            // A contact can have two words starting with the same letters ("smith", "smithson"): each is counted once.
            ? hits.Select(w => w.ContactId).Distinct().CountUpToLimitAsync()
            : string.IsNullOrWhiteSpace(text) ? Listed(organisationId, withEmailOnly).CountUpToLimitAsync() : Task.FromResult(0);

    private IQueryable<Contact> Listed(Guid? organisationId, bool withEmailOnly)
    {
        var contacts = db.Set<Contact>().AsNoTracking();
        if (organisationId is { } org)
        {
            contacts = contacts.Where(c => c.OrganisationId == org);
        }

        return withEmailOnly ? contacts.Where(c => c.Email != null) : contacts;
    }

    /// <summary>
    /// The search words of the contacts the text finds, or null when there is no text (the whole list). The longest word
    /// is the most selective: its matches are read from the index, and the other words checked against each of them.
    /// Text with no word in it finds nothing (an empty query).
    /// </summary>
    private IQueryable<ContactSearchWord>? Matches(string? text, Guid? organisationId, bool withEmailOnly)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = ContactSearchWord.WordsOf(text).OrderByDescending(w => w.Length).Take(8).ToList();
        var all = db.Set<ContactSearchWord>();
        if (words.Count == 0)
        {
            return all.Where(w => false);
        }

        var first = words[0];
        var hits = all.Where(w => w.Word.StartsWith(first));
        foreach (var other in words.Skip(1))
        {
            hits = hits.Where(w => all.Any(o => o.ContactId == w.ContactId && o.Word.StartsWith(other)));
        }

        if (organisationId is { } organisation)
        {
            hits = hits.Where(w => db.Set<Contact>().Any(c => c.Id == w.ContactId && c.OrganisationId == organisation));
        }

        return withEmailOnly ? hits.Where(w => db.Set<Contact>().Any(c => c.Id == w.ContactId && c.Email != null)) : hits;
    }

    private static void Apply(Contact contact, ContactDetails details)
    {
        contact.FullName = details.FullName.Trim();
        contact.JobRole = string.IsNullOrWhiteSpace(details.JobRole) ? null : details.JobRole.Trim();
        contact.Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        contact.NormalisedEmail = contact.Email?.ToLowerInvariant();
        contact.Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        contact.OrganisationId = details.OrganisationId;
        contact.LawfulBasis = details.LawfulBasis ?? LawfulBasis.LegitimateInterests;
        contact.ConsentGivenOn = details.LawfulBasis == LawfulBasis.Consent ? details.ConsentGivenOn : null;
        contact.ConsentMethod = details.LawfulBasis == LawfulBasis.Consent ? details.ConsentMethod?.Trim() : null;
        // Preferences cannot switch an opted-out person back on by accident; only a fresh record of consent would.
        contact.AcceptsEmail = !contact.OptedOut && details.AcceptsEmail;
        contact.AcceptsPhone = !contact.OptedOut && details.AcceptsPhone;
        contact.AcceptsPost = !contact.OptedOut && details.AcceptsPost;
    }
}
