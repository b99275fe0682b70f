using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Organisations of the user's region: validation, duplicate warnings, search, memberships, notes, timeline and merging.
/// Region scoping comes from the DbContext's query filter; new records take the acting user's region.
/// </summary>
public sealed partial class OrganisationDirectory(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    public sealed record Duplicate(Organisation Organisation, string Reason);

    [GeneratedRegex(@"\b(ltd|limited|plc|llp|cic|the|and|co|company|uk)\b|[^a-z0-9 ]")]
    private static partial Regex NoiseWords();

    /// <summary>"The Acme Co. Ltd" and "ACME company limited" both become "acme".</summary>
    public static string NormaliseName(string name) =>
        string.Join(' ', NoiseWords().Replace(name.ToLowerInvariant().Replace("&", " ", StringComparison.Ordinal), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public Task<Organisation?> FindAsync(Guid id) =>
        db.Set<Organisation>().Include(o => o.Memberships).FirstOrDefaultAsync(o => o.Id == id);

    public async Task<List<FieldError>> ValidateAsync(OrganisationDetails details) =>
        Validate(details, await RegionForcesAsync());

    /// <summary>The force codes of the acting user's region, for validating many rows without a query each.</summary>
    public Task<IReadOnlySet<string>> RegionForcesAsync() =>
        Task.FromResult<IReadOnlySet<string>>(Regions.PoliceReferenceData.ForcesOf(db.Scope.RegionCode).Select(f => f.Code).ToHashSet(StringComparer.Ordinal));

    public static List<FieldError> Validate(OrganisationDetails details, IReadOnlySet<string> regionForces)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            errors.Add(new("Name", "Enter the organisation's name"));
        }
        else if (details.Name.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Name", TextLimits.TooLong("Name", TextLimits.Line)));
        }

        if (details.Kind is null)
        {
            errors.Add(new("Kind", "Select what kind of organisation it is"));
        }

        if (details.Sector is { } sector && !PartnerNames.SicSections.ContainsKey(sector))
        {
            errors.Add(new("Sector", "Select a sector from the list"));
        }

        if (details.Kind == OrganisationKind.Business && details.Size is null)
        {
            errors.Add(new("Size", "Select the size of the business"));
        }

        if (string.IsNullOrWhiteSpace(details.ForceCode))
        {
            errors.Add(new("ForceCode", "Select the force area"));
        }
        else if (!regionForces.Contains(details.ForceCode))
        {
            errors.Add(new("ForceCode", "Select a force area in your region"));
        }

        if (!string.IsNullOrWhiteSpace(details.Postcode) && UkPostcode.Normalise(details.Postcode) is null)
        {
            errors.Add(new("Postcode", "Enter a real UK postcode, like LE1 6ZG"));
        }

        if (!string.IsNullOrWhiteSpace(details.Website)
            && (!Uri.TryCreate(WithScheme(details.Website), UriKind.Absolute, out var site) || site.Host.IndexOf('.', StringComparison.Ordinal) < 1))
        {
            errors.Add(new("Website", "Enter a website address in the correct format, like www.example.co.uk"));
        }

        if (!string.IsNullOrWhiteSpace(details.CompaniesHouseNumber) && CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber) is null)
        {
            errors.Add(new("CompaniesHouseNumber", "Enter a Companies House number in the correct format, like 01234567 or SC123456"));
        }

        foreach (var (field, value, max) in new[] { ("AddressLine1", details.AddressLine1, TextLimits.Line), ("AddressLine2", details.AddressLine2, TextLimits.Line), ("Town", details.Town, TextLimits.Town) })
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(new(field, $"{(field == "Town" ? "Town or city" : "Address line")} must be {max} characters or fewer"));
            }
        }

        return errors;
    }

    /// <summary>Existing organisations of the region that look like the one described, each with why.</summary>
    public async Task<IReadOnlyList<Duplicate>> FindDuplicatesAsync(OrganisationDetails details, Guid? except = null)
    {
        var name = NormaliseName(details.Name ?? "");
        var postcode = UkPostcode.Normalise(details.Postcode);
        var number = CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber);
        var candidates = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Id != except)
            .Where(o => (name != "" && o.NormalisedName == name) || (postcode != null && o.Postcode == postcode) || (number != null && o.CompaniesHouseNumber == number))
            .Take(20).ToListAsync();
        var firstWord = name.Split(' ').FirstOrDefault() ?? "";
        return candidates.Select(o => new Duplicate(o,
                number is not null && o.CompaniesHouseNumber == number ? "same Companies House number"
                : name != "" && o.NormalisedName == name ? "same name"
                : firstWord.Length > 0 && o.NormalisedName.Split(' ')[0] == firstWord ? "similar name at the same postcode"
                : ""))
            .Where(d => d.Reason != "")
            .ToList();
    }

    public async Task<Organisation> CreateAsync(OrganisationDetails details)
    {
        var organisation = New(details);
        db.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>A new organisation of the acting user's region, not yet saved.</summary>
    public Organisation New(OrganisationDetails details)
    {
        var organisation = new Organisation { RegionCode = db.Scope.RegionCode, CreatedAt = time.GetUtcNow(), CreatedBy = db.Scope.UserId };
        Apply(organisation, details);
        return organisation;
    }

    public async Task UpdateAsync(Organisation organisation, OrganisationDetails details)
    {
        Apply(organisation, details);
        await db.SaveChangesAsync();
    }

    public async Task<(IReadOnlyList<Organisation> Items, int Total)> SearchAsync(OrganisationSearch search)
    {
        var (query, _, matches) = Filtered(search);
        // The total is shared by the region's officers with the same filters until an organisation or membership changes:
        // counting the matches of a common word ("council") is the search's dearest part, and it is the same for everyone.
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Organisations,
            $"organisation-total:{time.UkToday():yyyy-MM-dd}:{search with { Page = 1, Sort = OrganisationSort.Name }}",
            sp => sp.GetRequiredService<OrganisationDirectory>().CountAsync(search));
        var skip = (Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize;
        if (matches is not null && search.Sort == OrganisationSort.Name)
        {
            return (await SearchByNameAsync(FilteredBeforeText(search).Query, matches, total, skip, search.PageSize), total);
        }

        query = search.Sort switch
        {
            OrganisationSort.NewestFirst => query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id),
            OrganisationSort.Town => query.OrderBy(o => o.Town).ThenBy(o => o.Name).ThenBy(o => o.Id),
            _ => query.OrderBy(o => o.Name).ThenBy(o => o.Id),
        };
        return (await query.Skip(skip).Take(search.PageSize).ToListAsync(), total);
    }

    /// <summary>How many organisations the search finds, up to the count limit.</summary>
    private async Task<int> CountAsync(OrganisationSearch search)
    {
        var (query, members, matches) = Filtered(search);
        if (members is null)
        {
            return await query.CountUpToLimitAsync();
        }

        // With a membership, counted from the members' side: a few thousand current members, each looked up, rather than
        // the region's organisations walked looking for members (16 ms for Cyber Essentials with 100,000 organisations).
        var beforeMembership = FilteredBeforeMembership(search);
        if (matches is not null)
        {
            beforeMembership = beforeMembership.Where(matches);
        }

        return await members.Distinct().Where(id => beforeMembership.Any(o => o.Id == id)).CountUpToLimitAsync();
    }

    /// <summary>The search's filters: the query, the current members of the membership asked for, and the text's match.</summary>
    private (IQueryable<Organisation> Query, IQueryable<Guid>? Members, Expression<Func<Organisation, bool>>? Matches) Filtered(OrganisationSearch search)
    {
        var (query, members) = FilteredBeforeText(search);
        var text = string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim().ToLowerInvariant();
        var matches = text is null ? null : Matching(text);
        return (matches is null ? query : query.Where(matches), members, matches);
    }

    /// <summary>Every filter but the text.</summary>
    private (IQueryable<Organisation> Query, IQueryable<Guid>? Members) FilteredBeforeText(OrganisationSearch search)
    {
        var query = FilteredBeforeMembership(search);
        if (search.Membership is not { } kind)
        {
            return (query, null);
        }

        var today = time.UkToday();
        var members = db.Set<Membership>().Where(m => m.Kind == kind && m.StartedOn <= today
            && (m.EndedOn == null || m.EndedOn >= today) && (m.ExpiresOn == null || m.ExpiresOn >= today)).Select(m => m.OrganisationId);
        return (query.Where(o => members.Contains(o.Id)), members);
    }

    private IQueryable<Organisation> FilteredBeforeMembership(OrganisationSearch search)
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (search.Sector is { } sector)
        {
            query = query.Where(o => o.Sector == sector);
        }

        if (search.Size is { } size)
        {
            query = query.Where(o => o.Size == size);
        }

        if (!string.IsNullOrWhiteSpace(search.ForceCode))
        {
            query = query.Where(o => o.ForceCode == search.ForceCode);
        }

        return query;
    }

    /// <summary>How many organisations, in name order, a search for a common word looks through for its page.</summary>
    private const int NameOrderSample = 5_000;

    /// <summary>
    /// A page of a search in name order. A common word (more matches than the count limit) is found by walking the
    /// names in order inside the index, which stops at the page's last match: for one name in thirty, a few hundred
    /// entries. That walk is bounded, because a word that starts names ("Castle ...") has its matches together further
    /// down; if the bounded walk does not fill the page, and for rarer words, the matches are found through the trigram
    /// indexes and sorted, by an expression that sorts like the name but that no index holds (so PostgreSQL does not
    /// choose the walk itself: unbounded, it read 70,000 names for "pinnacle").
    /// </summary>
    private static async Task<IReadOnlyList<Organisation>> SearchByNameAsync(IQueryable<Organisation> filtered,
        Expression<Func<Organisation, bool>> matches, int total, int skip, int pageSize)
    {
        if (total > Paging.CountLimit)
        {
            // Keys only, so that PostgreSQL reads the index alone; then the page's rows.
            var walked = await filtered.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(NameOrderSample)
                .Where(matches).OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(skip).Take(pageSize).Select(o => o.Id).ToListAsync();
            if (walked.Count == pageSize)
            {
                return (await filtered.Where(o => walked.Contains(o.Id)).ToListAsync()).InOrderOf(walked, o => o.Id);
            }
        }

        return await filtered.Where(matches).OrderBy(o => o.Name + "").ThenBy(o => o.Id).Skip(skip).Take(pageSize).ToListAsync();
    }

    /// <summary>The text anywhere in the name (or in its normalised form, without "Ltd" and the like), or the postcode.</summary>
    private static Expression<Func<Organisation, bool>> Matching(string text)
    {
        var normalised = NormaliseName(text);
        var (postcode, prefix, split) = UkPostcode.SearchTerms(text);
        if (postcode is not null)
        {
            // A whole postcode is found by equality alone: a prefix condition (LIKE) beside it stops PostgreSQL combining
            // the name and postcode indexes, and the partners benchmark measured org-search at p95 841 ms with it.
            (prefix, split) = (null, null);
        }

        return o => o.Name.ToLower().Contains(text) || (normalised != "" && o.NormalisedName.Contains(normalised))
            || (postcode != null && o.Postcode == postcode)
            || (prefix != null && o.Postcode!.StartsWith(prefix))
            || (split != null && o.Postcode!.StartsWith(split));
    }

    public async Task<IReadOnlyList<FieldError>> AddMembershipAsync(Organisation organisation, MembershipKind? kind, DateOnly? startedOn, DateOnly? expiresOn)
    {
        var errors = new List<FieldError>();
        if (kind is null)
        {
            errors.Add(new("Kind", "Select the membership or certification"));
        }

        if (startedOn is null)
        {
            errors.Add(new("StartedOn", "Enter the date it started"));
        }

        var certification = kind is MembershipKind.CyberEssentials or MembershipKind.CyberEssentialsPlus;
        if (certification && expiresOn is null)
        {
            errors.Add(new("ExpiresOn", "Enter the date the certificate expires"));
        }
        else if (expiresOn is not null && startedOn is not null && expiresOn < startedOn)
        {
            errors.Add(new("ExpiresOn", "Expiry date must be after the start date"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Added to the context explicitly: a new entity whose key is already set (GUID v7) would otherwise be taken for
        // an existing row when found through the navigation.
        db.Add(new Membership
        {
            OrganisationId = organisation.Id,
            Kind = kind!.Value,
            StartedOn = startedOn!.Value,
            ExpiresOn = expiresOn,
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> AddPartnershipAsync(Organisation organisation, PartnershipKind? kind, DateOnly? startsOn,
        DateOnly? reviewOn, Guid? leadOfficerId, string? notes)
    {
        var errors = new List<FieldError>();
        if (kind is null)
        {
            errors.Add(new("Kind", "Select the kind of partnership"));
        }

        if (startsOn is null)
        {
            errors.Add(new("StartsOn", "Enter the date the partnership started"));
        }

        if (reviewOn is not null && startsOn is not null && reviewOn <= startsOn)
        {
            errors.Add(new("ReviewOn", "Review date must be after the start date"));
        }

        // The lead must be an active officer of the same region: the region filter hides everyone else.
        var lead = leadOfficerId is { } id ? await db.Users.FirstOrDefaultAsync(u => u.Id == id && !u.IsDisabled && u.RegionCode == organisation.RegionCode) : null;
        if (lead is null)
        {
            errors.Add(new("LeadOfficerId", "Select the lead officer"));
        }

        if (notes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Add(new Partnership
        {
            OrganisationId = organisation.Id,
            Kind = kind!.Value,
            StartsOn = startsOn!.Value,
            ReviewOn = reviewOn,
            LeadOfficerId = lead!.Id,
            LeadOfficerName = lead.DisplayName,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return errors;
    }

    public async Task AddNoteAsync(Organisation organisation, string text)
    {
        db.Add(new OrganisationNote { OrganisationId = organisation.Id, Text = text.Trim(), AuthorName = db.Scope.ActorName, WrittenAt = time.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>Timeline items a page shows.</summary>
    public const int TimelinePageSize = 50;

    /// <summary>
    /// One page of everything that touched the organisation, newest first, and whether older items follow. Each kind of
    /// item is read newest first and only as far as the page needs, so the busiest partner's first page costs the same as
    /// anyone's: showing 200 engagements, 200 contacts and their attendance on one page made the ten busiest partners'
    /// pages 228 ms at p95 with 16 users. Later features add their own kinds of item.
    /// </summary>
    public async Task<(IReadOnlyList<TimelineItem> Items, bool HasOlder)> TimelineAsync(Organisation organisation, int page = 1)
    {
        page = Math.Clamp(page, 1, 1000);
        var needed = page * TimelinePageSize + 1;
        var items = new List<TimelineItem> { new(organisation.CreatedAt, "Record", "Organisation recorded in ProtectHub") };
        var notes = await db.Set<OrganisationNote>().AsNoTracking().Where(n => n.OrganisationId == organisation.Id).OrderByDescending(n => n.WrittenAt).Take(needed)
            .Select(n => new { n.WrittenAt, n.AuthorName, n.Text }).ToListAsync();
        items.AddRange(notes.Select(n => new TimelineItem(n.WrittenAt, "Note", $"{n.AuthorName}: {n.Text}")));
        foreach (var m in organisation.Memberships)
        {
            items.Add(new TimelineItem(m.RecordedAt, "Membership", $"{PartnerNames.Of(m.Kind)} from {m.StartedOn.ToUkDate()}" +
                (m.ExpiresOn is { } e ? $", expires {e.ToUkDate()}" : "") + (m.EndedOn is { } end ? $", ended {end.ToUkDate()}" : "")));
        }

        // Written as "contains all of [id]" so that PostgreSQL can use the GIN index on the array (`@>`). Only the fields
        // the timeline shows: whole engagements (with their lists of organisations, topics and campaigns) cost more CPU
        // than everything else on the page.
        Guid[] self = [organisation.Id];
        var engagements = await db.Set<Engagements.Engagement>().AsNoTracking().Where(e => self.All(id => e.OrganisationIds.Contains(id)))
            .OrderByDescending(e => e.StartsAt).Take(needed)
            .Select(e => new { e.StartsAt, e.Kind, e.Title, e.Status, e.PeopleReached }).ToListAsync();
        items.AddRange(engagements.Select(e => new TimelineItem(e.StartsAt, "Engagement",
            $"{Engagements.EngagementNames.Of(e.Kind)}: {e.Title} ({e.Status.ToString().ToLowerInvariant()}" + (e.PeopleReached is { } reached ? $", {reached} people reached)" : ")"))));
        var attendance = await db.Set<Registrations.EventRegistration>().AsNoTracking().Where(r => r.OrganisationId == organisation.Id && r.Attended)
            .Join(db.Set<Engagements.Engagement>(), r => r.EngagementId, e => e.Id, (r, e) => new { r.FullName, e.Title, e.StartsAt })
            .OrderByDescending(a => a.StartsAt).Take(needed).ToListAsync();
        items.AddRange(attendance.Select(a => new TimelineItem(a.StartsAt, "Attendance", $"{a.FullName} attended {a.Title}")));
        var partnerships = await db.Set<Partnership>().AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
            .OrderByDescending(p => p.RecordedAt).Take(needed).ToListAsync();
        items.AddRange(partnerships.Select(p => new TimelineItem(p.RecordedAt, "Partnership",
            $"{PartnerNames.Of(p.Kind)} from {p.StartsOn.ToUkDate()}, led by {p.LeadOfficerName}" + (p.ReviewOn is { } r ? $", review due {r.ToUkDate()}" : ""))));
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => c.OrganisationId == organisation.Id)
            .OrderByDescending(c => c.CreatedAt).Select(c => new { c.CreatedAt, c.FullName }).Take(needed).ToListAsync();
        items.AddRange(contacts.Select(c => new TimelineItem(c.CreatedAt, "Contact", $"Contact added: {c.FullName}")));
        var merged = await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => o.MergedIntoId == organisation.Id)
            .OrderByDescending(o => o.CreatedAt).Select(o => new { o.Name, o.CreatedAt }).Take(needed).ToListAsync();
        items.AddRange(merged.Select(o => new TimelineItem(o.CreatedAt, "Merge", $"Merged in the duplicate record \"{o.Name}\" with its history")));
        // Advisories sent to the organisation's people: one item an advisory and kind of message, with their answers.
        var sent = await db.Set<Advisories.AdvisoryMessage>().AsNoTracking()
            .Where(m => m.OrganisationId == organisation.Id && m.Status == Advisories.MessageStatus.Sent && m.Kind != Advisories.MessageKind.Reminder)
            .GroupBy(m => new { m.AdvisoryId, m.Kind })
            .Select(g => new
            {
                g.Key.AdvisoryId,
                g.Key.Kind,
                SentAt = g.Max(m => m.SentAt),
                People = g.Count(),
                ActedOn = g.Count(m => m.Acknowledgement == Advisories.Acknowledgement.ActedOn),
                Received = g.Count(m => m.Acknowledgement == Advisories.Acknowledgement.Received),
                NotRelevant = g.Count(m => m.Acknowledgement == Advisories.Acknowledgement.NotRelevant),
            })
            .OrderByDescending(a => a.SentAt).Take(needed).ToListAsync();
        var advisoryIds = sent.Select(s => s.AdvisoryId).Distinct().ToList();
        var advisories = await db.Set<Advisories.Advisory>().AsNoTracking().Where(a => advisoryIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Reference, a.Edition, a.Title, a.Tlp }).ToDictionaryAsync(a => a.Id);
        foreach (var s in sent.Where(s => s.SentAt is not null && advisories.ContainsKey(s.AdvisoryId)))
        {
            var a = advisories[s.AdvisoryId];
            var what = s.Kind switch
            {
                Advisories.MessageKind.Update => $"Update (edition {a.Edition}) of advisory",
                Advisories.MessageKind.Withdrawal => "Withdrawal of advisory",
                _ => "Advisory",
            };
            var answers = new[] { (s.ActedOn, "acted on it"), (s.Received, "received"), (s.NotRelevant, "not relevant to us") }.Where(x => x.Item1 > 0).Select(x => $"{x.Item1} {x.Item2}").ToList();
            items.Add(new TimelineItem(s.SentAt!.Value, "Advisory",
                $"{what} {a.Reference} \"{a.Title}\" ({(a.Tlp is { } tlp ? Sharing.Tlp.Label(tlp) : "no TLP")}) sent to {s.People} {(s.People == 1 ? "person" : "people")}" +
                (s.Kind == Advisories.MessageKind.Withdrawal ? "" : answers.Count == 0 ? "; no answers yet" : $"; answers: {string.Join(", ", answers)}")));
        }

        var ordered = items.OrderByDescending(i => i.At).ToList();
        return (ordered.Skip((page - 1) * TimelinePageSize).Take(TimelinePageSize).ToList(), ordered.Count > page * TimelinePageSize);
    }

    /// <summary>
    /// Folds a duplicate into the record to keep: its contacts, memberships and notes move across, and the duplicate
    /// stays in the database (hidden, pointing at the kept record) so nothing of its history is lost.
    /// </summary>
    public async Task MergeAsync(Organisation keep, Organisation duplicate, string reason)
    {
        if (keep.Id == duplicate.Id)
        {
            throw new InvalidOperationException("An organisation cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Set<Contact>().IncludingMerged().Where(c => c.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.OrganisationId, keep.Id));
        await db.Set<Membership>().Where(m => m.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganisationId, keep.Id));
        await db.Set<OrganisationNote>().Where(n => n.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.OrganisationId, keep.Id));
        await db.Set<Partnership>().Where(p => p.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.OrganisationId, keep.Id));
        duplicate.MergedIntoId = keep.Id;
        db.Audit(AuditAction.Combined, "Organisation", keep.Id.ToString(), keep.RegionCode, $"Merged organisation {duplicate.Id} into this record", reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static void Apply(Organisation organisation, OrganisationDetails details)
    {
        organisation.Name = details.Name.Trim();
        organisation.NormalisedName = NormaliseName(details.Name);
        organisation.Kind = details.Kind ?? OrganisationKind.Other;
        organisation.Sector = details.Sector;
        organisation.Size = details.Size;
        organisation.ForceCode = details.ForceCode;
        organisation.AddressLine1 = Clean(details.AddressLine1);
        organisation.AddressLine2 = Clean(details.AddressLine2);
        organisation.Town = Clean(details.Town);
        organisation.Postcode = UkPostcode.Normalise(details.Postcode);
        organisation.Website = string.IsNullOrWhiteSpace(details.Website) ? null : WithScheme(details.Website);
        organisation.CompaniesHouseNumber = CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber);
    }

    private static string WithScheme(string website)
    {
        var trimmed = website.Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : "https://" + trimmed;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
