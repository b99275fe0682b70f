using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Linkage;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Finds victims reporting again: after each import, the new referrals of individuals are linked to the region's
/// earlier ones with the record-linkage engine in incremental mode (only pairs with a new referral are compared). Each
/// link keeps the engine's explanation; an officer confirms or rejects it, and a rejected pair is never suggested
/// again. A referral's count of earlier reports (confirmed and suggested links) raises its priority.
/// </summary>
public sealed class RepeatVictims(ProtectHubDbContext db, TimeProvider time)
{
    private static readonly string[] Header = ["id", "first_name", "surname", "dob", "email", "phone", "postcode", "address"];

    /// <summary>
    /// The model: Fellegi-Sunter parameters trained without labels on 100,000 synthetic people with the default person
    /// settings. Shipped rather than trained per region, so that a region with few referrals still links reliably.
    /// </summary>
    private static readonly Lazy<LinkageModel> Model = new(() =>
    {
        using var stream = typeof(RepeatVictims).Assembly.GetManifestResourceStream("ProtectHub.RepeatVictimModel.json")
            ?? throw new InvalidOperationException("The repeat-victim model is missing from the build.");
        using var reader = new StreamReader(stream);
        return LinkageModel.FromJson(reader.ReadToEnd());
    });

    private sealed record Person(Guid Id, string? FullName, DateOnly? DateOfBirth, string? Email, string? Phone, string? Postcode, string? AddressLine1, DateOnly ReportedOn, DateTimeOffset ReceivedAt);

    public async Task LinkImportAsync(Guid importId, ReferralRules rules, CancellationToken ct = default)
    {
        var people = db.Set<VictimReferral>().AsNoTracking().Where(r => r.VictimType == VictimType.Individual && r.FullName != null)
            .Select(r => new Person(r.Id, r.FullName, r.DateOfBirth, r.Email, r.Phone, r.Postcode, r.AddressLine1, r.ReportedOn, r.ReceivedAt));
        var incoming = await db.Set<VictimReferral>().AsNoTracking().Where(r => r.ImportId == importId && r.VictimType == VictimType.Individual && r.FullName != null)
            .Select(r => new Person(r.Id, r.FullName, r.DateOfBirth, r.Email, r.Phone, r.Postcode, r.AddressLine1, r.ReportedOn, r.ReceivedAt)).ToListAsync(ct);
        if (incoming.Count == 0)
        {
            return;
        }

        var incomingIds = incoming.Select(p => p.Id).ToHashSet();
        var existing = (await people.ToListAsync(ct)).Where(p => !incomingIds.Contains(p.Id)).ToList();
        var byId = existing.Concat(incoming).ToDictionary(p => p.Id.ToString());
        var model = Model.Value;
        var result = LinkageEngine.LinkIncremental(model, Table(existing), existing.Select(p => p.Id.ToString()).ToList(), Table(incoming));

        var known = (await db.Set<ReferralLink>().AsNoTracking().Where(l => incomingIds.Contains(l.ReferralId) || incomingIds.Contains(l.EarlierReferralId))
            .Select(l => new { l.ReferralId, l.EarlierReferralId }).ToListAsync(ct)).Select(l => (l.ReferralId, l.EarlierReferralId)).ToHashSet();
        var touched = new HashSet<Guid>();
        var now = time.GetUtcNow();
        foreach (var pair in result.Pairs)
        {
            var (a, b) = (byId[pair.LeftId], byId[pair.RightId]);
            var (later, earlier) = IsEarlier(a, b) ? (b, a) : (a, b);
            if (!known.Add((later.Id, earlier.Id)) || known.Contains((earlier.Id, later.Id)))
            {
                continue;
            }

            var explanation = model.Explain(Record(later), Record(earlier));
            db.Add(new ReferralLink
            {
                RegionCode = db.Scope.RegionCode,
                ReferralId = later.Id,
                EarlierReferralId = earlier.Id,
                MatchProbability = pair.MatchProbability,
                Explanation = explanation.ToString().Split(Environment.NewLine).ToList(),
                Decision = LinkDecision.Suggested,
                FoundAt = now,
            });
            touched.Add(later.Id);
        }

        await db.SaveChangesAsync(ct);
        await RecountAsync(touched, rules, ct);
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

    private async Task RecountAsync(IReadOnlyCollection<Guid> referralIds, ReferralRules rules, CancellationToken ct)
    {
        foreach (var batch in referralIds.Chunk(500))
        {
            var counts = await db.Set<ReferralLink>().Where(l => batch.Contains(l.ReferralId) && l.Decision != LinkDecision.Rejected)
                .GroupBy(l => l.ReferralId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var referrals = await db.Set<VictimReferral>().Where(r => batch.Contains(r.Id)).ToListAsync(ct);
            foreach (var referral in referrals)
            {
                referral.EarlierReports = counts.GetValueOrDefault(referral.Id);
                (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static bool IsEarlier(Person a, Person b) =>
        a.ReportedOn != b.ReportedOn ? a.ReportedOn < b.ReportedOn : a.ReceivedAt != b.ReceivedAt ? a.ReceivedAt < b.ReceivedAt : a.Id.CompareTo(b.Id) < 0;

    private static LinkageTable Table(IEnumerable<Person> people) =>
        LinkageTable.FromRows(Header, "id", people.Select(p => (IReadOnlyList<string?>)Values(p)));

    private static string?[] Values(Person p)
    {
        var names = (p.FullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return
        [
            p.Id.ToString(),
            names.Length > 0 ? names[0] : null,
            names.Length > 1 ? names[^1] : null,
            p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.Email,
            p.Phone,
            p.Postcode,
            p.AddressLine1,
        ];
    }

    private static Dictionary<string, string?> Record(Person p)
    {
        var values = Values(p);
        return Header.Select((h, i) => (h, values[i])).ToDictionary(x => x.h, x => x.Item2);
    }
}
