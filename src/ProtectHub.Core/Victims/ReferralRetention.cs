using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Victims;

/// <summary>
/// The retention rule: the personal details of referrals closed longer ago than the region's retention period are
/// removed (name, date of birth, contact details, address, summary, vulnerability, safeguarding reason, contact notes,
/// and the linkage explanations, which quote them). What the figures need stays: reference, dates, force, team,
/// offence, amount, outcome, attempts. Each removal is logged, without the removed content.
/// </summary>
public sealed class ReferralRetention(ProtectHubDbContext db, TimeProvider time) : IRetentionRule
{
    public string Records => "closed referrals";

    /// <summary>Applies the rule in every region (the caller acts as the system); returns how many referrals were anonymised.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rules = await db.Set<ReferralRules>().AsNoTracking().ToDictionaryAsync(r => r.RegionCode, ct);
        var regions = await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct);
        var total = 0;
        foreach (var region in regions)
        {
            var months = (rules.GetValueOrDefault(region) ?? ReferralRules.DefaultFor(region)).RetentionMonths;
            var cutOff = now.AddMonths(-months);
            while (true)
            {
                var due = await db.Set<VictimReferral>().IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.RegionCode == region && r.Status == ReferralStatus.Closed && r.ClosedAt < cutOff && r.AnonymisedAt == null)
                    .OrderBy(r => r.ClosedAt).Select(r => new { r.Id, r.VictimType, r.Postcode }).Take(500).ToListAsync(ct);
                if (due.Count == 0)
                {
                    break;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var done = new List<Guid>();
                foreach (var referral in due)
                {
                    // Conditional on still holding the details: a second run at the same time (the daily job and the
                    // command line) finds nothing to do, so each referral is anonymised, and logged, once.
                    var outward = referral.Postcode?.Split(' ')[0];
                    var changed = await db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.Id == referral.Id && r.AnonymisedAt == null)
                        .ExecuteUpdateAsync(r => r
                            .SetProperty(x => x.FullName, (string?)null)
                            .SetProperty(x => x.OrganisationName, x => x.VictimType == VictimType.Individual ? null : x.OrganisationName)
                            .SetProperty(x => x.DateOfBirth, (DateOnly?)null)
                            .SetProperty(x => x.Email, (string?)null)
                            .SetProperty(x => x.Phone, (string?)null)
                            .SetProperty(x => x.AddressLine1, (string?)null)
                            .SetProperty(x => x.Town, (string?)null)
                            // The outward code (such as LE1) is kept: it places the referral in an area without identifying anyone.
                            .SetProperty(x => x.Postcode, outward)
                            .SetProperty(x => x.Summary, (string?)null)
                            .SetProperty(x => x.VulnerabilityFlags, new List<string>())
                            .SetProperty(x => x.SafeguardingReason, (string?)null)
                            .SetProperty(x => x.ClosureReason, (string?)null)
                            .SetProperty(x => x.SatisfactionComments, (string?)null)
                            .SetProperty(x => x.AnonymisedAt, now)
                            .SetProperty(x => x.UpdatedAt, now), ct);
                    if (changed == 1)
                    {
                        done.Add(referral.Id);
                        db.Audit(AuditAction.Erased, "VictimReferral", referral.Id.ToString(), region, $"Personal details removed {months} months after closure (retention rule)");
                    }
                }

                await db.Set<ContactAttempt>().IgnoreQueryFilters().Where(a => done.Contains(a.ReferralId)).ExecuteUpdateAsync(a => a.SetProperty(x => x.Notes, (string?)null), ct);
                foreach (var link in await db.Set<ReferralLink>().IgnoreQueryFilters().Where(l => done.Contains(l.ReferralId) || done.Contains(l.EarlierReferralId)).ToListAsync(ct))
                {
                    link.Explanation = [];
                }

                if (done.Count > 0)
                {
                    // Names went: totals shared until referrals change (a search by name) must be worked out again.
                    await ChangeCounting.BumpAsync(db, ChangeCounter.Referrals, ct);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
                total += done.Count;
            }
        }

        return total;
    }
}
