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
    public async Task<(IReadOnlyList<TimelineItem> Items, bool HasOlder)> TimelineAsync(Organisation organisation, OrganisationProfile.Profile profile, int page = 1)
    {
        page = Math.Clamp(page, 1, 1000);
        var needed = page * TimelinePageSize + 1;
        var items = new List<TimelineItem> { new(organisation.CreatedAt, "Record", "Organisation recorded in ProtectHub") };
        foreach (var m in profile.Memberships)
        {
            items.Add(new TimelineItem(m.RecordedAt, "Membership", $"{PartnerNames.Of(m.Kind)} from {m.StartedOn.ToUkDate()}" +
                (m.ExpiresOn is { } e ? $", expires {e.ToUkDate()}" : "") + (m.EndedOn is { } end ? $", ended {end.ToUkDate()}" : "")));
        }

        // The page already holds every partnership (newest first here); the kinds of item that are plain text (notes,
        // attendance, contacts, merged duplicates) come in one query (UNION ALL of each kind's newest): one round trip
        // instead of four on the service's busiest record page.
        items.AddRange(profile.Partnerships.OrderByDescending(p => p.RecordedAt).Take(needed).Select(p => new TimelineItem(p.RecordedAt, "Partnership",
            $"{PartnerNames.Of(p.Kind)} from {p.StartsOn.ToUkDate()}, led by {p.LeadOfficerName}" + (p.ReviewOn is { } r ? $", review due {r.ToUkDate()}" : ""))));
        var organisationId = organisation.Id;
        var notes = db.Set<OrganisationNote>().Where(n => n.OrganisationId == organisationId).OrderByDescending(n => n.WrittenAt).Take(needed)
            .Select(n => new TextRow { At = n.WrittenAt, Kind = TextKind.Note, First = n.AuthorName, Second = n.Text });
        var attendance = db.Set<Registrations.EventRegistration>().Where(r => r.OrganisationId == organisationId && r.Attended)
            .Join(db.Set<Engagements.Engagement>(), r => r.EngagementId, e => e.Id, (r, e) => new { r.FullName, e.Title, e.StartsAt })
            .OrderByDescending(a => a.StartsAt).Take(needed)
            .Select(a => new TextRow { At = a.StartsAt, Kind = TextKind.Attendance, First = a.FullName, Second = a.Title });
        var contacts = db.Set<Contact>().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.CreatedAt).Take(needed)
            .Select(c => new TextRow { At = c.CreatedAt, Kind = TextKind.Contact, First = c.FullName, Second = "" });
        var merged = db.Set<Organisation>().IncludingMerged().Where(o => o.MergedIntoId == organisationId).OrderByDescending(o => o.CreatedAt).Take(needed)
            .Select(o => new TextRow { At = o.CreatedAt, Kind = TextKind.Merge, First = o.Name, Second = "" });
        foreach (var row in await notes.Concat(attendance).Concat(contacts).Concat(merged).AsNoTracking().ToListAsync())
        {
            items.Add(row.Kind switch
            {
                TextKind.Note => new TimelineItem(row.At, "Note", $"{row.First}: {row.Second}"),
                TextKind.Attendance => new TimelineItem(row.At, "Attendance", $"{row.First} attended {row.Second}"),
                TextKind.Contact => new TimelineItem(row.At, "Contact", $"Contact added: {row.First}"),
                _ => new TimelineItem(row.At, "Merge", $"Merged in the duplicate record \"{row.First}\" with its history"),
            });
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
        var advisories = advisoryIds.Count == 0 ? new() : await db.Set<Advisories.Advisory>().AsNoTracking().Where(a => advisoryIds.Contains(a.Id))
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

    private enum TextKind
    {
        Note,
        Attendance,
        Contact,
        Merge,
    }

    /// <summary>One row of the timeline's combined query: when, which kind, and the kind's two texts.</summary>
    private sealed class TextRow
    {
        public DateTimeOffset At { get; init; }
        public TextKind Kind { get; init; }
        public string First { get; init; } = "";
        public string Second { get; init; } = "";
    }
}
