using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Linkage;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Finds victims reporting again: after each import, the new referrals of individuals are linked to the region's
/// earlier ones with the record-linkage engine in incremental mode (only pairs with a new referral are compared). Each
/// link keeps the engine's explanation; an officer confirms or rejects it, and a rejected pair is never suggested
/// again. A referral's count of earlier reports (confirmed and suggested links) raises its priority.
/// </summary>
public sealed class RepeatVictims(ProtectHubDbContext db, TimeProvider time, IBulkWriter writer, IServiceScopeFactory scopes)
{
    private static readonly string[] Header = ["id", "first_name", "surname", "dob", "email", "phone", "postcode", "address"];

    /// <summary>Whether linkage looks at a referral: an individual with a name.</summary>
    internal static bool IsIndividual(VictimReferral r) => r.VictimType == VictimType.Individual && r.FullName != null;

    /// <summary>Links found for an import, to save once its referrals are saved.</summary>
    public sealed record ImportLinks(IReadOnlyList<ReferralLink> Links, List<Guid> SavedReferralsToRescore);

    internal sealed record Person(Guid Id, string? FullName, DateOnly? DateOfBirth, string? Email, string? Phone, string? Postcode, string? AddressLine1, DateOnly ReportedOn, DateTimeOffset ReceivedAt);

    /// <summary>What linkage reads of a referral: in SQL for those held, in memory for an import's new ones.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<VictimReferral, Person>> AsPerson = r => new Person(r.Id, r.FullName, r.DateOfBirth, r.Email, r.Phone, r.Postcode, r.AddressLine1, r.ReportedOn, r.ReceivedAt);

    private static readonly Func<VictimReferral, Person> ToPerson = AsPerson.Compile();

    /// <summary>Where the last <see cref="FindImportLinksAsync"/> spent its time, phase by phase, for the import benchmark.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Took)> LastRunPhases { get; private set; } = [];

    /// <summary>
    /// Finds the links of an import before its new referrals are saved, so that they are saved with their count of
    /// earlier reports and the priority it gives (a repeat victim is never queued as low priority, even for a moment),
    /// and a million new referrals need no second pass of updates. The import's new referrals of individuals
    /// (<paramref name="unsaved"/>, plus any an interrupted earlier run of it saved) are linked to the region's other
    /// referrals and to each other. Built for weekly lists of a million rows against millions held: earlier referrals
    /// are streamed as plain values (never tracked entities), the engine blocks and scores on both cores and the
    /// explanations are worked out in parallel.
    /// </summary>
    public Task<ImportLinks> FindImportLinksAsync(Guid importId, IReadOnlyList<VictimReferral> unsaved, ReferralRules rules, CancellationToken ct = default) =>
        FindImportLinksAsync(importId, unsaved, rules, null, ct);

    /// <summary>
    /// Starts reading the region's earlier referrals of individuals (all but this import's own) in a scope and
    /// connection of its own, acting as the same person, so that an import reads them while it is still checking its
    /// rows: 2.7 million took 9 s that the import otherwise spent after checking, with a core idle. Pass the task to
    /// <see cref="FindImportLinksAsync(Guid, IReadOnlyList{VictimReferral}, ReferralRules, Task{List{Person}}?, CancellationToken)"/>.
    /// </summary>
    internal Task<List<Person>> StartReadingEarlier(Guid importId, CancellationToken ct)
    {
        var actor = db.Scope;
        return Task.Run(async () =>
        {
            await using var scope = scopes.CreateActingScope(actor);
            return await ReadEarlierAsync(scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>(), importId, ct);
        }, ct);
    }

    private static IQueryable<VictimReferral> Individuals(ProtectHubDbContext from) =>
        from.Set<VictimReferral>().AsNoTracking().Where(r => r.VictimType == VictimType.Individual && r.FullName != null);

    /// <summary>Streamed as plain values, never tracked entities: millions of them.</summary>
    private static async Task<List<Person>> ReadEarlierAsync(ProtectHubDbContext from, Guid importId, CancellationToken ct)
    {
        var existing = new List<Person>();
        await foreach (var person in Individuals(from).Where(r => r.ImportId != importId).Select(AsPerson).AsAsyncEnumerable().WithCancellation(ct))
        {
            existing.Add(person);
        }

        return existing;
    }

    internal async Task<ImportLinks> FindImportLinksAsync(Guid importId, IReadOnlyList<VictimReferral> unsaved, ReferralRules rules, Task<List<Person>>? earlierRead,
        CancellationToken ct = default)
    {
        var phases = new List<(string, TimeSpan)>();
        LastRunPhases = phases;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
        }

        var incoming = unsaved.Where(IsIndividual).Select(ToPerson).ToList();
        var savedBefore = await Individuals(db).Where(r => r.ImportId == importId).Select(AsPerson).ToListAsync(ct);
        incoming.AddRange(savedBefore);
        if (incoming.Count == 0)
        {
            return new ImportLinks([], []);
        }

        var existing = earlierRead is null ? await ReadEarlierAsync(db, importId, ct) : await earlierRead;
        Phase($"read {existing.Count:N0} earlier referrals of individuals" + (earlierRead is null ? "" : " (read while rows were checked: the wait after checking)"));
        var model = People.PersonModel.Value;
        var existingTable = Table(existing);
        var incomingTable = Table(incoming);
        Phase($"built the engine's tables of {existingTable.Count + incomingTable.Count:N0} referrals");
        // The engine's own progress lines (fields normalised, pairs blocked, pairs scored) become phases of their own.
        var result = LinkageEngine.LinkIncremental(model, existingTable, existingTable.Ids, incomingTable, new PhaseWriter(Phase));
        Phase($"linked {incoming.Count:N0} new referrals of individuals: {result.CandidatePairs:N0} candidate pairs compared, {result.Pairs.Count:N0} matches");

        var byId = new Dictionary<string, Person>(existing.Count + incoming.Count, StringComparer.Ordinal);
        foreach (var p in existing.Concat(incoming))
        {
            byId[p.Id.ToString()] = p;
        }

        var known = new HashSet<(Guid, Guid)>();
        foreach (var batch in savedBefore.Select(p => p.Id).Chunk(5000))
        {
            // Links already held for referrals an interrupted run of this import saved (new ones cannot have any).
            foreach (var l in await db.Set<ReferralLink>().AsNoTracking().Where(l => batch.Contains(l.ReferralId) || batch.Contains(l.EarlierReferralId))
                .Select(l => new { l.ReferralId, l.EarlierReferralId }).ToListAsync(ct))
            {
                known.Add((l.ReferralId, l.EarlierReferralId));
            }
        }

        var pairs = new List<(Person Later, Person Earlier, double Probability)>(result.Pairs.Count);
        foreach (var pair in result.Pairs)
        {
            var (a, b) = (byId[pair.LeftId], byId[pair.RightId]);
            var (later, earlier) = IsEarlier(a, b) ? (b, a) : (a, b);
            if (known.Add((later.Id, earlier.Id)) && !known.Contains((earlier.Id, later.Id)))
            {
                pairs.Add((later, earlier, pair.MatchProbability));
            }
        }

        existing.Clear();
        byId.Clear();
        var now = time.GetUtcNow();
        var region = db.Scope.RegionCode;
        var links = new ReferralLink[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var (later, earlier, probability) = pairs[i];
            var explained = model.Explain(Record(later), Record(earlier));
            links[i] = new ReferralLink
            {
                RegionCode = region,
                ReferralId = later.Id,
                EarlierReferralId = earlier.Id,
                MatchProbability = probability,
                Summary = explained.InPlainWords(),
                Explanation = explained.ToString().Split(Environment.NewLine).ToList(),
                Decision = LinkDecision.Suggested,
                FoundAt = now,
            };
        });
        Phase($"explained {links.Length:N0} new links");

        // New referrals are scored here, before they are saved; referrals already saved are re-scored after the links.
        var newLinks = links.GroupBy(l => l.ReferralId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var referral in unsaved)
        {
            if (newLinks.Remove(referral.Id, out var count))
            {
                referral.EarlierReports += count;
                (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
            }
        }

        return new ImportLinks(links, newLinks.Keys.ToList());
    }

    /// <summary>
    /// Saves the links <see cref="FindImportLinksAsync"/> found, once the import's referrals are saved, and re-scores
    /// the referrals saved before that gained one (earlier referrals reported on a later date, or those of an interrupted
    /// run).
    /// </summary>
    public async Task SaveImportLinksAsync(ImportLinks found, ReferralRules rules, CancellationToken ct = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await SaveLinksAsync(found.Links, ct);
        await RecountAsync(found.SavedReferralsToRescore, rules, ct);
        LastRunPhases = [.. LastRunPhases, ($"saved {found.Links.Count:N0} new links, re-scored {found.SavedReferralsToRescore.Count:N0} referrals saved before", clock.Elapsed)];
    }

    private async Task SaveLinksAsync(IReadOnlyList<ReferralLink> links, CancellationToken ct)
    {
        foreach (var chunk in links.Chunk(20_000))
        {
            await writer.InsertAsync(db, chunk, ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Records an officer's decision on the link <paramref name="linkId"/> of <paramref name="referral"/> (as the later
    /// or the earlier of the two) and re-scores the later referral's priority; false when the referral has no such link.
    /// </summary>
    public async Task<bool> DecideAsync(VictimReferral referral, Guid linkId, bool confirmed)
    {
        var link = await db.Set<ReferralLink>().FirstOrDefaultAsync(l => l.Id == linkId && (l.ReferralId == referral.Id || l.EarlierReferralId == referral.Id));
        if (link is null)
        {
            return false;
        }

        await DecideAsync(link, confirmed);
        return true;
    }

    /// <summary>Records an officer's decision on a link and re-scores the later referral's priority.</summary>
    public async Task DecideAsync(ReferralLink link, bool confirmed)
    {
        link.Decision = confirmed ? LinkDecision.Confirmed : LinkDecision.Rejected;
        link.DecidedBy = db.Scope.ActorName;
        link.DecidedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        var rules = await db.Set<ReferralRules>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionCode == link.RegionCode) ?? ReferralRules.DefaultFor(link.RegionCode);
        await RecountAsync([link.ReferralId], rules, CancellationToken.None);
    }

    private async Task RecountAsync(List<Guid> referralIds, ReferralRules rules, CancellationToken ct)
    {
        if (referralIds.Count > 1)
        {
            await RecountInBulkAsync(referralIds, rules, ct);
            return;
        }

        // One referral (an officer's decision): through the tracker, audited with the fields that changed.
        var counts = await EarlierReportCountsAsync([.. referralIds], ct);
        foreach (var referral in await db.Set<VictimReferral>().Where(r => referralIds.Contains(r.Id)).ToListAsync(ct))
        {
            referral.EarlierReports = counts.GetValueOrDefault(referral.Id);
            (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Many referrals (after an import): the new scores of each chunk are written by <see cref="IBulkWriter.UpdateAsync"/>
    /// (on PostgreSQL to a temporary table by binary COPY and into the referrals with one UPDATE: one UPDATE a referral
    /// took 25 s for 47,647 referrals), with the chunk's grouped audit entries in the same transaction.
    /// </summary>
    private async Task RecountInBulkAsync(List<Guid> referralIds, ReferralRules rules, CancellationToken ct)
    {
        foreach (var batch in referralIds.Chunk(5000))
        {
            var counts = await EarlierReportCountsAsync(batch, ct);
            var changed = new List<VictimReferral>();
            foreach (var referral in await db.Set<VictimReferral>().AsNoTracking().Where(r => batch.Contains(r.Id)).ToListAsync(ct))
            {
                var before = (referral.EarlierReports, referral.Priority, string.Join('\n', referral.PriorityReasons));
                referral.EarlierReports = counts.GetValueOrDefault(referral.Id);
                (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
                if (before != (referral.EarlierReports, referral.Priority, string.Join('\n', referral.PriorityReasons)))
                {
                    changed.Add(referral);
                }
            }

            if (changed.Count == 0)
            {
                continue;
            }

            // One grouped "Altered" entry per 90 referrals naming the three fields, as the tracked path writes.
            await writer.UpdateAsync(db, changed, ScoreFields, ct);
            db.ChangeTracker.Clear();
        }
    }

    private static readonly string[] ScoreFields = [nameof(VictimReferral.EarlierReports), nameof(VictimReferral.Priority), nameof(VictimReferral.PriorityReasons)];

    private Task<Dictionary<Guid, int>> EarlierReportCountsAsync(Guid[] batch, CancellationToken ct) =>
        db.Set<ReferralLink>().Where(l => batch.Contains(l.ReferralId) && l.Decision != LinkDecision.Rejected)
            .GroupBy(l => l.ReferralId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Turns each line the linkage engine reports into a timed phase.</summary>
    private sealed class PhaseWriter(Action<string> phase) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value) => phase("engine: " + value);
    }

    private static bool IsEarlier(Person a, Person b) =>
        a.ReportedOn != b.ReportedOn ? a.ReportedOn < b.ReportedOn : a.ReceivedAt != b.ReceivedAt ? a.ReceivedAt < b.ReceivedAt : a.Id.CompareTo(b.Id) < 0;

    /// <summary>The engine's table of people, built column by column straight from the values (millions of referrals: no row arrays).</summary>
    private static LinkageTable Table(List<Person> people) =>
        LinkageTable.FromColumns(Header, "id", people.Count, (row, column) => Value(people[row], column));

    /// <summary>A person's value for the column <see cref="Header"/>[<paramref name="column"/>].</summary>
    private static string? Value(Person p, int column)
    {
        switch (column)
        {
            case 0:
                return p.Id.ToString();
            case 1:
            case 2:
                var names = (p.FullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return column == 1 ? (names.Length > 0 ? names[0] : null) : (names.Length > 1 ? names[^1] : null);
            case 3:
                return p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case 4:
                return p.Email;
            case 5:
                return p.Phone;
            case 6:
                return p.Postcode;
            default:
                return p.AddressLine1;
        }
    }

    private static Dictionary<string, string?> Record(Person p) => Header.Select((h, i) => (h, Value(p, i))).ToDictionary(x => x.h, x => x.Item2);
}
