using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

/// <summary>How long a closed Prevent case keeps the young person's details (section <c>Prevent:Retention</c>).</summary>
public sealed class PreventRetentionOptions
{
    public const string Section = "Prevent:Retention";

    /// <summary>Years after closure (default 2).</summary>
    public int YearsAfterClosure { get; set; } = 2;

    /// <summary>Years after the young person's 18th birthday (default 0: the birthday itself).</summary>
    public int YearsAfterEighteenth { get; set; }
}

/// <summary>
/// The retention rule for Prevent: a case closed with no further concern has the young person's details removed once
/// both the period after closure and the period after their 18th birthday have passed (whichever is later). What the
/// anonymised figures need stays: dates, force, source, age band, behaviour, setting, outcome, interventions' kinds.
/// "No further concern": no follow-up review says they were referred again or offended; such cases are kept for the
/// team to decide. Each removal is logged, without the removed content.
/// </summary>
public sealed class PreventRetention(ProtectHubDbContext db, TimeProvider time, IOptions<PreventRetentionOptions> options) : IRetentionRule
{
    public string Records => "closed Prevent cases";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = Time.UkTime.UkToday(time);
        var rule = options.Value;
        var closedBefore = now.AddYears(-rule.YearsAfterClosure);
        // Born on or before this day, they turned 18 at least YearsAfterEighteenth years ago.
        var bornOnOrBefore = today.AddYears(-(18 + rule.YearsAfterEighteenth));
        var concern = db.Set<FollowUpReview>().IgnoreQueryFilters()
            .Where(r => r.ReReferred == ReviewAnswer.Yes || r.Offended == ReviewAnswer.Yes).Select(r => r.CaseId);
        var total = 0;
        while (true)
        {
            var due = await db.Set<PreventCase>().IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.Status == PreventCaseStatus.Closed && c.AnonymisedAt == null && c.ClosedAt < closedBefore
                    && (c.DateOfBirth == null || c.DateOfBirth <= bornOnOrBefore) && !concern.Contains(c.Id))
                .OrderBy(c => c.ClosedAt).Select(c => new { c.Id, c.RegionCode, c.Postcode }).Take(500).ToListAsync(ct);
            if (due.Count == 0)
            {
                return total;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var done = new List<Guid>();
            foreach (var prevent in due)
            {
                // Conditional on still holding the details, so a second run at the same time does each case once.
                var outward = prevent.Postcode?.Split(' ')[0];
                var changed = await db.Set<PreventCase>().IgnoreQueryFilters().Where(c => c.Id == prevent.Id && c.AnonymisedAt == null)
                    .ExecuteUpdateAsync(c => c
                        .SetProperty(x => x.FirstName, "")
                        .SetProperty(x => x.LastName, "")
                        .SetProperty(x => x.DateOfBirth, (DateOnly?)null)
                        .SetProperty(x => x.Gender, (string?)null)
                        .SetProperty(x => x.AddressLine1, (string?)null)
                        .SetProperty(x => x.Town, (string?)null)
                        .SetProperty(x => x.Postcode, outward)
                        .SetProperty(x => x.SchoolName, (string?)null)
                        .SetProperty(x => x.Handles, new List<string>())
                        .SetProperty(x => x.ParentCarerName, (string?)null)
                        .SetProperty(x => x.ParentCarerRelationship, (string?)null)
                        .SetProperty(x => x.ParentCarerPhone, (string?)null)
                        .SetProperty(x => x.ParentCarerEmail, (string?)null)
                        .SetProperty(x => x.ReferrerName, "")
                        .SetProperty(x => x.ReferrerEmail, (string?)null)
                        .SetProperty(x => x.ReferrerPhone, (string?)null)
                        .SetProperty(x => x.Details, (string?)null)
                        .SetProperty(x => x.DeconflictionNotes, (string?)null)
                        .SetProperty(x => x.ReferrerMessage, (string?)null)
                        .SetProperty(x => x.ParentNotInformedReason, (string?)null)
                        .SetProperty(x => x.SafeguardingReason, (string?)null)
                        .SetProperty(x => x.ClosureNotes, (string?)null)
                        .SetProperty(x => x.AnonymisedAt, now)
                        .SetProperty(x => x.UpdatedAt, now), ct);
                if (changed == 1)
                {
                    done.Add(prevent.Id);
                    db.Audit(AuditAction.Erased, "PreventCase", prevent.Id.ToString(), prevent.RegionCode,
                        $"Personal details removed (retention rule: {rule.YearsAfterClosure} years after closure and {rule.YearsAfterEighteenth} after their 18th birthday)");
                }
            }

            await db.Set<SpecialCategoryDetails>().IgnoreQueryFilters().Where(s => done.Contains(s.CaseId)).ExecuteDeleteAsync(ct);
            await db.Set<Intervention>().IgnoreQueryFilters().Where(i => done.Contains(i.CaseId)).ExecuteUpdateAsync(i => i.SetProperty(x => x.Notes, (string?)null), ct);
            await db.Set<FollowUpReview>().IgnoreQueryFilters().Where(r => done.Contains(r.CaseId)).ExecuteUpdateAsync(r => r.SetProperty(x => x.Notes, (string?)null), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            total += done.Count;
        }
    }
}
