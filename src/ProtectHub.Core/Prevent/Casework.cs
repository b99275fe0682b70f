using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// The work on an open case, in the order the rules impose: a supervisor's deconfliction check before anyone contacts
/// the young person; consent (by age) before any intervention; safeguarding raised at any time.
/// </summary>
public sealed class Casework(ProtectHubDbContext db, TimeProvider time)
{
    public DateOnly Today => time.UkToday();

    /// <summary>
    /// The supervisor's check that the young person is not part of an active investigation or intelligence operation.
    /// If they are, Prevent must not approach them: the case is closed and the referrer is told in plain words.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> DeconflictAsync(PreventCase prevent, DeconflictionOutcome? outcome, string? reference, string? notes, string supervisorName)
    {
        var errors = new List<FieldError>();
        if (prevent.Status != PreventCaseStatus.AwaitingDeconfliction)
        {
            errors.Add(new("", "The deconfliction check has already been recorded for this case"));
        }

        if (outcome is null)
        {
            errors.Add(new("Outcome", "Select the outcome of the check"));
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            errors.Add(new("Reference", "Enter the reference of the check (for example the intelligence system's search reference)"));
        }
        else if (reference.Trim().Length > 64)
        {
            errors.Add(new("Reference", TextLimits.TooLong("Reference", 64)));
        }

        if (notes?.Trim().Length > TextLimits.Sentence)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Sentence)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        prevent.Deconfliction = outcome;
        prevent.DeconflictionReference = reference!.Trim();
        prevent.DeconflictionNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        prevent.DeconflictedAt = now;
        prevent.DeconflictedByName = supervisorName;
        if (outcome == DeconflictionOutcome.Clear)
        {
            prevent.Status = PreventCaseStatus.ReadyForContact;
        }
        else
        {
            prevent.Status = PreventCaseStatus.Closed;
            prevent.Outcome = PreventOutcome.SubjectToInvestigation;
            prevent.ClosedAt = now;
            prevent.ClosureNotes = "Closed at deconfliction: not suitable for Prevent";
            prevent.ReferrerMessage = ReferrerMessageFor(prevent);
        }

        prevent.UpdatedAt = now;
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>
    /// What the referrer is told when the young person cannot be worked with: plain words that do not reveal the
    /// investigation (the referrer may know the family).
    /// </summary>
    public static string ReferrerMessageFor(PreventCase prevent) =>
        $"Thank you for referring {prevent.FirstName} to the Cyber Prevent team (our reference {prevent.Reference}). " +
        "We have looked at the referral and it is not one the Cyber Prevent team can take on, so we have closed it. " +
        "Please do not tell the young person or their family about this referral or this reply. " +
        "If you are worried about their safety, follow your own safeguarding procedure as usual.";

    public async Task<IReadOnlyList<FieldError>> RecordConsentAsync(PreventCase prevent, ConsentGivenBy? by, DateOnly? on, bool? parentInformed, string? notInformedReason)
    {
        var errors = new List<FieldError>();
        if (prevent.Status is PreventCaseStatus.AwaitingDeconfliction or PreventCaseStatus.Closed)
        {
            errors.Add(new("", prevent.Status == PreventCaseStatus.Closed ? "This case is closed" : "A supervisor must record the deconfliction check before anyone contacts the young person"));
            return errors;
        }

        if (by is null)
        {
            errors.Add(new("GivenBy", "Select who gave consent"));
        }

        if (on is null)
        {
            errors.Add(new("On", "Enter the date consent was given"));
        }
        else if (on > Today)
        {
            errors.Add(new("On", "The date consent was given must be today or in the past"));
        }

        if (notInformedReason?.Trim().Length > TextLimits.Sentence)
        {
            errors.Add(new("NotInformedReason", TextLimits.TooLong("Reason", TextLimits.Sentence)));
        }

        if (errors.Count == 0 && ConsentRules.Check(prevent.DateOfBirth, on!.Value, by!.Value, parentInformed, notInformedReason) is { } refusal)
        {
            errors.Add(new("GivenBy", refusal));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var adultOrParent = by == ConsentGivenBy.ParentOrCarer || ConsentRules.Age(prevent.DateOfBirth!.Value, on!.Value) >= ConsentRules.AdultAge;
        prevent.ConsentGivenBy = by;
        prevent.ConsentOn = on;
        prevent.ParentInformed = adultOrParent ? null : parentInformed == true;
        prevent.ParentNotInformedReason = adultOrParent || parentInformed == true ? null : notInformedReason!.Trim();
        prevent.Status = PreventCaseStatus.Active;
        prevent.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> RaiseSafeguardingAsync(PreventCase prevent, SafeguardingRoute? route, string? reason)
    {
        var errors = new List<FieldError>();
        if (route is null)
        {
            errors.Add(new("Route", "Select where the concern was sent"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("Reason", "Enter the safeguarding concern"));
        }
        else if (reason.Trim().Length > TextLimits.Paragraph)
        {
            errors.Add(new("Reason", TextLimits.TooLong("The concern", TextLimits.Paragraph)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        prevent.SafeguardingRoute = route;
        prevent.SafeguardingReason = reason!.Trim();
        prevent.SafeguardingRaisedAt = time.GetUtcNow();
        prevent.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Whether someone may be given Prevent cases: active, of the region, in its Cyber Prevent team, vetting current.</summary>
    public static bool MayWork(AppUser user, string region, DateOnly today) =>
        !user.IsDisabled && user.RegionCode == region && user.Teams.Contains(Team.CyberPrevent) && user.HasValidVetting(today)
        && user.Roles.Any(r => r is Role.Officer or Role.Supervisor or Role.Coordinator or Role.HeadOfUnit);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssigneesAsync()
    {
        var today = Today;
        var region = db.Scope.RegionCode;
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.RegionCode == region).OrderBy(u => u.DisplayName).ToListAsync();
        return people.Where(p => MayWork(p, region, today)).Select(p => (p.Id, p.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<FieldError>> AssignAsync(PreventCase prevent, Guid? officerId)
    {
        if (prevent.Status == PreventCaseStatus.Closed)
        {
            return [new("", "A closed case cannot be assigned")];
        }

        var officer = officerId is { } id ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id) : null;
        if (officer is null || !MayWork(officer, prevent.RegionCode, Today))
        {
            return [new("OfficerId", "Select an officer of the Cyber Prevent team whose vetting is current")];
        }

        prevent.AssignedToId = officer.Id;
        prevent.AssignedToName = officer.DisplayName;
        prevent.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> AddInterventionAsync(PreventCase prevent, InterventionKind? kind, DateOnly? on, SubjectResponse? response, string? notes, Guid officerId, string officerName,
        Guid? engagementId = null)
    {
        var errors = new List<FieldError>();
        if (prevent.Status == PreventCaseStatus.Closed)
        {
            return [new("", "This case is closed")];
        }

        if (prevent.Deconfliction != DeconflictionOutcome.Clear)
        {
            return [new("", "A supervisor must record the deconfliction check before any intervention")];
        }

        if (prevent.ConsentGivenBy is null)
        {
            var age = prevent.AgeOn(Today);
            return [new("", age < ConsentRules.OwnConsentAge
                ? "Record a parent or carer's consent before any intervention: the young person is under 16"
                : "Record the young person's consent before any intervention")];
        }

        if (kind is null)
        {
            errors.Add(new("Kind", "Select the intervention"));
        }

        if (on is null)
        {
            errors.Add(new("On", "Enter the date of the intervention"));
        }
        else if (on > Today)
        {
            errors.Add(new("On", "The date of the intervention must be today or in the past: record it once it has happened"));
        }

        if (response is null)
        {
            errors.Add(new("HowResponded", "Select how the young person responded"));
        }

        if (notes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (engagementId is not null && kind != InterventionKind.GroupSessionAtSchool)
        {
            errors.Add(new("EngagementId", "Only a group session at a school is linked to an engagement"));
        }
        else if (engagementId is { } id && !await db.Set<Engagements.Engagement>().AnyAsync(e => e.Id == id))
        {
            errors.Add(new("EngagementId", "Select one of your region's engagements"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Add(new Intervention
        {
            RegionCode = prevent.RegionCode,
            CaseId = prevent.Id,
            Kind = kind!.Value,
            On = on!.Value,
            OfficerId = officerId,
            OfficerName = officerName,
            Response = response!.Value,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            EngagementId = engagementId,
            RecordedAt = time.GetUtcNow(),
        });
        prevent.Status = PreventCaseStatus.Active;
        prevent.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<Intervention>> InterventionsOfAsync(Guid caseId) =>
        await db.Set<Intervention>().AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.On).ThenBy(i => i.RecordedAt).ToListAsync();

    /// <summary>Other referrals of the same young person, earlier and later.</summary>
    public Task<IReadOnlyList<RepeatReferrals.OtherCase>> OtherCasesAsync(PreventCase prevent) => RepeatReferrals.OthersOfAsync(db, prevent);

    /// <summary>The region's engagements of the last year and the next month, newest first, for linking a group session.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)>> RecentEngagementsAsync()
    {
        var now = time.GetUtcNow();
        var (from, to) = (now.AddYears(-1), now.AddMonths(1));
        var rows = await db.Set<Engagements.Engagement>().AsNoTracking().Where(e => e.StartsAt >= from && e.StartsAt <= to)
            .OrderByDescending(e => e.StartsAt).Take(200).Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync();
        return rows.Select(r => (r.Id, r.Title, r.StartsAt)).ToList();
    }

    /// <summary>Titles of the engagements interventions are linked to.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> EngagementTitlesAsync(IEnumerable<Guid> ids)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Engagements.Engagement>().AsNoTracking().Where(e => list.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title);
    }
}
