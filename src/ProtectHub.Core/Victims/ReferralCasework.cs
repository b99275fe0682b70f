using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>The work with the victim: contact attempts, advice and signposting, safeguarding escalation and closure.</summary>
public sealed class ReferralCasework(ProtectHubDbContext db, TimeProvider time, ReferralRuleBook ruleBook)
{
    /// <summary>
    /// Records an attempt to reach the victim when it happened (<paramref name="at"/>, now if not given; never in the
    /// future, never before the referral arrived), so the service level is measured from the real time of contact.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> RecordAttemptAsync(VictimReferral referral, ContactMethod? method, ContactOutcome? outcome, string? notes, Guid officerId,
        DateTimeOffset? at = null)
    {
        var errors = new List<FieldError>();
        var now = time.GetUtcNow();
        if (at > now)
        {
            errors.Add(new("On", "The time of the attempt must be now or in the past"));
        }
        else if (at < referral.ReceivedAt)
        {
            errors.Add(new("On", $"The attempt cannot be before the referral was received, on {referral.ReceivedAt.ToUkDateTime()}"));
        }

        if (referral.Status == ReferralStatus.Closed)
        {
            errors.Add(new("", "This referral is closed"));
        }

        if (method is null)
        {
            errors.Add(new("Method", "Select how you tried to contact them"));
        }

        if (outcome is null)
        {
            errors.Add(new("Outcome", "Select what happened"));
        }

        if (notes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var when = at ?? now;
        var officer = await db.Users.AsNoTracking().FirstAsync(u => u.Id == officerId);
        db.Add(new ContactAttempt
        {
            RegionCode = referral.RegionCode,
            ReferralId = referral.Id,
            Method = method!.Value,
            Outcome = outcome!.Value,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            At = when,
            OfficerId = officer.Id,
            OfficerName = officer.DisplayName,
        });
        if (ContactOutcomes.Failed.Contains(outcome!.Value))
        {
            referral.FailedAttempts++;
        }
        else
        {
            // They were reached: advice given, or they declined, or it was already resolved.
            referral.RecordFirstContact(when);

            referral.Status = ReferralStatus.Contacted;
        }

        if (referral.AssignedToId is null)
        {
            (referral.AssignedToId, referral.AssignedToName) = (officer.Id, officer.DisplayName);
            referral.Status = referral.Status == ReferralStatus.New ? ReferralStatus.Assigned : referral.Status;
        }

        referral.UpdatedAt = now;
        await db.SaveChangesAsync();
        return [];
    }

    public Task<List<ContactAttempt>> AttemptsAsync(Guid referralId) =>
        db.Set<ContactAttempt>().AsNoTracking().Where(a => a.ReferralId == referralId).OrderBy(a => a.At).ToListAsync();

    public async Task<IReadOnlyList<AdviceItem>> AdviceListAsync(AdviceKind kind) =>
        await db.Set<AdviceItem>().AsNoTracking().Where(i => i.Kind == kind).OrderBy(i => i.Text).ToListAsync();

    /// <summary>The advice given and the services signposted to this referral's victim, each by its text.</summary>
    public async Task<(IReadOnlyList<string> Advice, IReadOnlyList<string> Signposts)> AdviceRecordedAsync(VictimReferral referral)
    {
        var ids = referral.AdviceGiven.Concat(referral.Signposted).ToList();
        var items = ids.Count == 0 ? [] : await db.Set<AdviceItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();
        return (items.Where(i => i.Kind == AdviceKind.Advice).Select(i => i.Text).Order().ToList(),
            items.Where(i => i.Kind == AdviceKind.Signpost).Select(i => i.Text).Order().ToList());
    }

    /// <summary>Records the advice given and the services signposted (replacing what was recorded before).</summary>
    public async Task<IReadOnlyList<FieldError>> RecordAdviceAsync(VictimReferral referral, IReadOnlyCollection<Guid> advice, IReadOnlyCollection<Guid> signposts)
    {
        var all = advice.Concat(signposts).Distinct().ToList();
        var items = await db.Set<AdviceItem>().AsNoTracking().Where(i => all.Contains(i.Id)).ToListAsync();
        if (items.Count != all.Count || items.Any(i => i.Kind == AdviceKind.Advice != advice.Contains(i.Id)))
        {
            return [new("Advice", "Select advice and services from the lists")];
        }

        referral.AdviceGiven = advice.Distinct().ToList();
        referral.Signposted = signposts.Distinct().ToList();
        referral.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> EscalateAsync(VictimReferral referral, string? route, string? reason)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(route) || route.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Route", "Enter the safeguarding route, for example the force's vulnerability hub (up to 200 characters)"));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > TextLimits.Paragraph)
        {
            errors.Add(new("Reason", "Enter why the victim is vulnerable (up to 2000 characters)"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        referral.SafeguardingRoute = route!.Trim();
        referral.SafeguardingReason = reason!.Trim();
        referral.EscalatedAt = time.GetUtcNow();
        referral.UpdatedAt = referral.EscalatedAt.Value;
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> CloseAsync(VictimReferral referral, ReferralClosure? closure, string? reason)
    {
        if (referral.Status == ReferralStatus.Closed)
        {
            return [new("", "This referral is already closed")];
        }

        var rules = await ruleBook.RulesAsync();
        var errors = new List<FieldError>();
        switch (closure)
        {
            case null:
                errors.Add(new("Closure", "Select why the referral is being closed"));
                break;
            case ReferralClosure.Uncontactable when referral.FailedAttempts < rules.AttemptsBeforeUncontactable:
                errors.Add(new("Closure", $"A referral can be closed as uncontactable after {rules.AttemptsBeforeUncontactable} failed attempts; this one has {referral.FailedAttempts}"));
                break;
            case ReferralClosure.AdviceGiven when referral.FirstContactAt is null:
                errors.Add(new("Closure", "Record the contact in which advice was given first"));
                break;
        }

        if (closure == ReferralClosure.Uncontactable && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("Reason", "Enter why the victim cannot be contacted"));
        }
        else if (reason?.Trim().Length > TextLimits.Sentence)
        {
            errors.Add(new("Reason", TextLimits.TooLong("Reason", TextLimits.Sentence)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        referral.Status = ReferralStatus.Closed;
        referral.Closure = closure;
        referral.ClosureReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        referral.ClosedAt = time.GetUtcNow();
        referral.UpdatedAt = referral.ClosedAt.Value;
        await db.SaveChangesAsync();
        return [];
    }
}
