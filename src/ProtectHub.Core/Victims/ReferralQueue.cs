using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>
/// The victim referral queue: the region's open referrals by force, team, officer and due date, searched and sorted;
/// the workload per officer; an officer's overdue referrals; a referral's links to earlier reports. Reading only: the
/// work on a referral is <see cref="ReferralAssignment"/>, <see cref="ReferralCasework"/> and <see cref="ReferralRuleBook"/>.
/// Region scoping comes from the DbContext's query filter.
/// </summary>
public sealed partial class ReferralQueue(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{2,6}[0-9]{2,14}$")]
    private static partial System.Text.RegularExpressions.Regex CrimeReferencePattern();

    public sealed record Workload(Guid? OfficerId, string OfficerName, int Open, int Overdue, int Safeguarding);

    public DateOnly Today => time.UkToday();

    public async Task<(IReadOnlyList<VictimReferral> Items, int Total)> SearchAsync(ReferralSearch search)
    {
        var query = await FilteredAsync(search);
        // The total is shared by the region's officers with the same filters until a referral changes (paging through
        // the queue, or a team opening the same view, counts once: over millions of referrals it is the page's dearest part).
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Referrals, $"referral-total:{Today:yyyy-MM-dd}:{search with { Page = 1, Sort = ReferralSort.Priority, Descending = true }}",
            async sp => await (await sp.GetRequiredService<ReferralQueue>().FilteredAsync(search)).CountUpToLimitAsync());
        // Only what the queue shows: whole referrals (summaries, advice lists, vulnerability flags) cost the list page
        // more to read and materialise than the rest of it. Projected rows are not seen by the read-audit interceptor,
        // so the page's read is recorded here, as the interceptor would.
        var items = await Sorted(query, search.Sort, search.Descending)
            .Skip((Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize).Take(search.PageSize)
            .Select(r => new VictimReferral
            {
                Id = r.Id,
                RegionCode = r.RegionCode,
                CrimeReference = r.CrimeReference,
                VictimType = r.VictimType,
                FullName = r.FullName,
                OrganisationName = r.OrganisationName,
                OffenceCategory = r.OffenceCategory,
                Priority = r.Priority,
                Status = r.Status,
                EarlierReports = r.EarlierReports,
                EscalatedAt = r.EscalatedAt,
                FirstContactDueOn = r.FirstContactDueOn,
                FirstContactAt = r.FirstContactAt,
                AssignedToName = r.AssignedToName,
            }).ToListAsync();
        db.ReadTracker.SawAll(items);

        return (items, total);
    }

    /// <summary>
    /// The queue in the order chosen; ties by priority (highest first), then first-contact date, then identifier, so that
    /// pages never repeat or skip a referral. The default (priority, highest first) reads the open-queue index.
    /// </summary>
    private static IQueryable<VictimReferral> Sorted(IQueryable<VictimReferral> query, ReferralSort sort, bool descending)
    {
        IOrderedQueryable<VictimReferral> ordered = sort switch
        {
            ReferralSort.Victim => descending ? query.OrderByDescending(r => r.FullName ?? r.OrganisationName) : query.OrderBy(r => r.FullName ?? r.OrganisationName),
            ReferralSort.Offence => descending ? query.OrderByDescending(r => r.OffenceCategory) : query.OrderBy(r => r.OffenceCategory),
            ReferralSort.Due => descending ? query.OrderByDescending(r => r.FirstContactDueOn) : query.OrderBy(r => r.FirstContactDueOn),
            ReferralSort.Assigned => descending ? query.OrderByDescending(r => r.AssignedToName) : query.OrderBy(r => r.AssignedToName),
            _ => descending ? query.OrderByDescending(r => r.Priority) : query.OrderBy(r => r.Priority),
        };
        return sort == ReferralSort.Priority
            ? ordered.ThenBy(r => r.FirstContactDueOn).ThenBy(r => r.Id)
            : ordered.ThenByDescending(r => r.Priority).ThenBy(r => r.FirstContactDueOn).ThenBy(r => r.Id);
    }

    private async Task<IQueryable<VictimReferral>> FilteredAsync(ReferralSearch search)
    {
        var query = db.Set<VictimReferral>().AsNoTracking();
        query = search.Status is { } status ? query.Where(r => r.Status == status) : query.Where(r => r.Status != ReferralStatus.Closed);
        if (!string.IsNullOrWhiteSpace(search.ForceCode))
        {
            query = query.Where(r => r.ForceCode == search.ForceCode);
        }

        if (search.Team is { } team)
        {
            query = query.Where(r => r.Team == team);
        }

        if (search.AssignedTo is { } officer)
        {
            query = query.Where(r => r.AssignedToId == officer);
        }
        else if (search.UnassignedOnly)
        {
            query = query.Where(r => r.AssignedToId == null);
        }

        if (search.OverdueOnly)
        {
            var today = Today;
            query = query.Where(r => r.FirstContactAt == null && r.Status != ReferralStatus.Closed && r.FirstContactDueOn < today);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim();
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            // The start of a crime reference is enough (officers read them off a screen or a call); a name anywhere.
            // Text shaped like a crime reference is one: the whole reference by the unique index (a single lookup, where a
            // condition beside it would walk every open referral), else as the start of one (issue 21: officers type
            // the first part). Anything else is part of a name.
            if (CrimeReferencePattern().IsMatch(upper))
            {
                query = await db.Set<VictimReferral>().AnyAsync(r => r.CrimeReference == upper)
                    ? query.Where(r => r.CrimeReference == upper)
                    : query.Where(r => r.CrimeReference.StartsWith(upper));
            }
            else
            {
                query = query.Where(r => (r.FullName != null && r.FullName.ToLower().Contains(lower)) || (r.OrganisationName != null && r.OrganisationName.ToLower().Contains(lower)));
            }
        }

        return query;
    }

    /// <summary>
    /// Open referrals per officer (and unassigned), with how many are overdue or escalated, for supervisors' workload
    /// page and home pages. Counting every open referral of a region takes about 10 ms of database time with 43,000
    /// open, so the result is shared between supervisors until a referral is saved, on any instance of the service (the
    /// database's change counter is part of the key), and for 30 seconds at most.
    /// </summary>
    public async Task<IReadOnlyList<Workload>> WorkloadAsync()
    {
        return await shared.UntilChangedAsync(db, ChangeCounter.Referrals, $"workload:{Today:yyyy-MM-dd}",
            sp => sp.GetRequiredService<ReferralQueue>().CountWorkloadAsync());
    }

    private async Task<IReadOnlyList<Workload>> CountWorkloadAsync()
    {
        var today = Today;
        // Grouped by officer alone, in the order of the open-workload index (an index-only read, no sort).
        var rows = await db.Set<VictimReferral>().Where(r => r.Status != ReferralStatus.Closed)
            .GroupBy(r => r.AssignedToId)
            .Select(g => new
            {
                AssignedToId = g.Key,
                AssignedToName = g.Max(r => r.AssignedToName),
                Open = g.Count(),
                Overdue = g.Count(r => r.FirstContactAt == null && r.FirstContactDueOn < today),
                Safeguarding = g.Count(r => r.EscalatedAt != null),
            }).ToListAsync();
        return rows.Select(r => new Workload(r.AssignedToId, r.AssignedToName ?? "Not assigned", r.Open, r.Overdue, r.Safeguarding))
            .OrderBy(w => w.OfficerId is null ? 0 : 1).ThenByDescending(w => w.Overdue).ThenBy(w => w.OfficerName).ToList();
    }

    /// <summary>An officer's open referrals that have missed their first-contact date, for their home page.</summary>
    public async Task<IReadOnlyList<VictimReferral>> OverdueForAsync(Guid officerId)
    {
        var today = Today;
        return await db.Set<VictimReferral>().AsNoTracking()
            .Where(r => r.AssignedToId == officerId && r.FirstContactAt == null && r.Status != ReferralStatus.Closed && r.FirstContactDueOn < today)
            .OrderBy(r => r.FirstContactDueOn).Take(50).ToListAsync();
    }

    public async Task<IReadOnlyList<(ReferralLink Link, VictimReferral Other)>> LinksAsync(Guid referralId)
    {
        var links = await db.Set<ReferralLink>().AsNoTracking().Where(l => l.ReferralId == referralId || l.EarlierReferralId == referralId).ToListAsync();
        var otherIds = links.Select(l => l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId).ToList();
        var others = await db.Set<VictimReferral>().AsNoTracking().Where(r => otherIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return links.Where(l => others.ContainsKey(l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId))
            .Select(l => (l, others[l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId]))
            .OrderByDescending(x => x.Item2.ReportedOn).ToList();
    }

}
