using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>An officer's own figures for a quarter, for their home page: what they delivered and whom they reached.</summary>
public sealed class MyFigures(ProtectHubDbContext db)
{
    public sealed record Figures(int EngagementsDelivered, int PeopleReached, int VictimsContacted, int OpenReferrals, int ActionsCompleted);

    public async Task<Figures> ForAsync(Guid officerId, FinancialQuarter quarter, CancellationToken ct = default)
    {
        var (from, to) = (quarter.StartsAt, quarter.EndsAt);
        var delivered = db.Set<Engagement>().AsNoTracking()
            .Where(e => e.StartsAt >= from && e.StartsAt < to && (e.Status == EngagementStatus.Delivered || e.Status == EngagementStatus.Reviewed)
                && (e.LeadOfficerId == officerId || e.SupportingOfficerIds.Contains(officerId)));
        var engagements = await delivered.CountAsync(ct);
        var people = await delivered.Where(e => e.LeadOfficerId == officerId).SumAsync(e => e.PeopleReached ?? 0, ct);
        // Victims this officer reached in the quarter: attempts that reached them (not the failed ones).
        var contacted = await db.Set<ContactAttempt>().AsNoTracking()
            .Where(a => a.OfficerId == officerId && a.At >= from && a.At < to && !ContactOutcomes.Failed.Contains(a.Outcome))
            .Select(a => a.ReferralId).Distinct().CountAsync(ct);
        var open = await db.Set<VictimReferral>().AsNoTracking().CountAsync(r => r.AssignedToId == officerId && r.Status != ReferralStatus.Closed, ct);
        var actions = await db.Set<FollowUpAction>().AsNoTracking().CountAsync(a => a.OwnerId == officerId && a.CompletedAt >= from && a.CompletedAt < to, ct);
        return new Figures(engagements, people, contacted, open, actions);
    }
}
