using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Victims;

/// <summary>The region's referral rules (priority scoring, first-contact time, attempts, retention): read, and changed by a coordinator.</summary>
public sealed class ReferralRuleBook(ProtectHubDbContext db)
{
    public async Task<ReferralRules> RulesAsync() =>
        await db.Set<ReferralRules>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionCode == db.Scope.RegionCode) ?? ReferralRules.DefaultFor(db.Scope.RegionCode);

    /// <summary>Saves a coordinator's changes to the region's rules and re-scores the priority of every open referral.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveRulesAsync(ReferralRules changed)
    {
        var errors = new List<FieldError>();
        if (changed.OlderVictimAge is < 50 or > 110)
        {
            errors.Add(new("OlderVictimAge", "Enter an age from 50 to 110"));
        }

        if (changed.FirstContactWorkingDays is < 1 or > 60)
        {
            errors.Add(new("FirstContactWorkingDays", "Enter a number of working days from 1 to 60"));
        }

        if (changed.AttemptsBeforeUncontactable is < 1 or > 20)
        {
            errors.Add(new("AttemptsBeforeUncontactable", "Enter a number of attempts from 1 to 20"));
        }

        if (changed.RetentionMonths is < 1 or > 120)
        {
            errors.Add(new("RetentionMonths", "Enter a number of months from 1 to 120"));
        }

        if (changed.LossAmount < 0 || changed.HighLossAmount < changed.LossAmount)
        {
            errors.Add(new("HighLossAmount", "The high loss amount must be at least the loss amount, and neither below zero"));
        }

        foreach (var points in new[] { changed.OlderVictimPoints, changed.ChildVictimPoints, changed.VulnerableFlagPoints, changed.HighLossPoints, changed.LossPoints, changed.RepeatVictimPoints, changed.OrganisationPoints, changed.PriorityOffencePoints })
        {
            if (points is < 0 or > 100)
            {
                errors.Add(new("Points", "Points must be from 0 to 100"));
                break;
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        changed.RegionCode = db.Scope.RegionCode;
        var stored = await db.Set<ReferralRules>().FirstOrDefaultAsync(r => r.RegionCode == changed.RegionCode);
        if (stored is null)
        {
            db.Add(changed);
        }
        else
        {
            db.Entry(stored).CurrentValues.SetValues(changed);
            stored.PriorityOffences = [.. changed.PriorityOffences];
        }

        await db.SaveChangesAsync();
        await foreach (var referral in db.Set<VictimReferral>().Where(r => r.Status != ReferralStatus.Closed).AsAsyncEnumerable())
        {
            (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, changed);
        }

        await db.SaveChangesAsync();
        return [];
    }
}

