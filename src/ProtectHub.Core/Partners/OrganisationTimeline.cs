using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>What happened with an organisation, newest first (engagements, contacts, memberships, notes...), and the notes officers add to it.</summary>
public sealed class OrganisationTimeline(ProtectHubDbContext db, TimeProvider time)
{
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
}
