using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.People;
using ProtectHub.Linkage;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Links each person on an operation list to the region's Prevent cases: by the record-linkage engine on name, date of
/// birth, email, postcode and address (the person model shipped with ProtectHub, explained in plain words), and by an
/// online handle or username equal to one the case holds (a gamer keeps their handle). Each row keeps its best match
/// and the reason; the team sees them on the list's page.
/// </summary>
public sealed class OperationListMatching(ProtectHubDbContext db)
{
    public async Task<int> MatchAsync(Guid listId, CancellationToken ct = default)
    {
        var entries = await db.Set<OperationListEntry>().AsNoTracking().Where(e => e.ListId == listId)
            .Select(e => new { e.Id, e.FirstName, e.LastName, e.DateOfBirth, e.Email, e.Username, e.Handle, e.Postcode, e.AddressLine1 }).ToListAsync(ct);
        var cases = await db.Set<PreventCase>().AsNoTracking().Where(c => c.AnonymisedAt == null)
            .Select(c => new { c.Id, c.Reference, c.FirstName, c.LastName, c.DateOfBirth, c.ParentCarerEmail, c.Postcode, c.AddressLine1, c.Handles }).ToListAsync(ct);
        if (entries.Count == 0 || cases.Count == 0)
        {
            return 0;
        }

        var best = new Dictionary<Guid, (Guid CaseId, double Probability, string Reason)>();
        void Offer(Guid entry, Guid caseId, double probability, string reason)
        {
            if (!best.TryGetValue(entry, out var current) || probability > current.Probability)
            {
                best[entry] = (caseId, probability, reason);
            }
        }

        // Handles and usernames: the same handle (any platform's spelling of it) is the same young person.
        var byHandle = cases.SelectMany(c => c.Handles.Select(h => (Key: HandleKey(h), c.Id, Handle: h))).Where(h => h.Key.Length >= 3)
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in entries)
        {
            foreach (var (value, what) in new[] { (e.Handle, "handle"), (e.Username, "username") })
            {
                if (value is not null && byHandle.TryGetValue(HandleKey(value), out var held))
                {
                    Offer(e.Id, held.Id, 1.0, $"The {what} '{value}' is the case's handle '{held.Handle}'.");
                }
            }
        }

        // People: the engine, with the person model.
        var model = PersonModel.Value;
        var caseTable = PersonModel.Table(cases.Select(c => new PersonModel.Person(c.Id.ToString(), c.FirstName, c.LastName, c.DateOfBirth, null, null, c.Postcode, c.AddressLine1)));
        var entryPeople = entries.Select(e => new PersonModel.Person(e.Id.ToString(), e.FirstName, e.LastName, e.DateOfBirth, e.Email, null, e.Postcode, e.AddressLine1)).ToList();
        var result = LinkageEngine.Link(model, caseTable, PersonModel.Table(entryPeople));
        var caseById = cases.ToDictionary(c => c.Id.ToString());
        var entryById = entryPeople.ToDictionary(p => p.Id);
        foreach (var pair in result.Pairs)
        {
            var (caseKey, entryKey) = caseById.ContainsKey(pair.LeftId) ? (pair.LeftId, pair.RightId) : (pair.RightId, pair.LeftId);
            var held = caseById[caseKey];
            var explained = model.Explain(PersonModel.Record(entryById[entryKey]),
                PersonModel.Record(new PersonModel.Person(caseKey, held.FirstName, held.LastName, held.DateOfBirth, null, null, held.Postcode, held.AddressLine1)));
            Offer(Guid.Parse(entryKey), held.Id, pair.MatchProbability, explained.InPlainWords());
        }

        foreach (var (entry, match) in best)
        {
            await db.Set<OperationListEntry>().Where(e => e.Id == entry).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.MatchedCaseId, match.CaseId)
                .SetProperty(e => e.MatchProbability, match.Probability)
                .SetProperty(e => e.MatchReason, match.Reason.Length > TextLimits.Sentence ? match.Reason[..TextLimits.Sentence] : match.Reason), ct);
        }

        db.Audit(AuditAction.Combined, "OperationList", listId.ToString(), db.Scope.RegionCode,
            $"{best.Count} of {entries.Count} people on the list linked to Prevent cases");
        await db.SaveChangesAsync(ct);
        return best.Count;
    }

    /// <summary>A handle without its platform, case, spaces and punctuation: "Discord: R0bin_B00t" and "r0bin b00t" agree.</summary>
    public static string HandleKey(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var handle = colon >= 0 ? text[(colon + 1)..] : text;
        return TextKey.Of(handle);
    }
}
