using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>Who works a referral: an officer picks one, a supervisor assigns one or a selection (checked first, then confirmed).</summary>
public sealed class ReferralAssignment(ProtectHubDbContext db, TimeProvider time)
{
    private DateOnly Today => time.UkToday();

    /// <summary>An officer takes a referral nobody has yet (or that is already theirs); moving one from a colleague is a supervisor's call.</summary>
    public async Task<IReadOnlyList<FieldError>> PickAsync(VictimReferral referral, Guid officerId) =>
        referral.AssignedToId is { } current && current != officerId
            ? [new("", $"This referral is assigned to {referral.AssignedToName}: ask a supervisor to reassign it")]
            : await AssignAsync(referral, officerId);

    /// <summary>
    /// Whether someone may be given a referral to work: active, of its region, a member of its team (a fraud referral
    /// goes to Fraud Protect, a cyber one to Cyber Protect) and with vetting that has not expired.
    /// </summary>
    public static bool MayWork(VictimReferral referral, bool disabled, string region, IReadOnlyCollection<Team> teams, VettingLevel? vetting, DateOnly? vettingExpires, DateOnly today) =>
        !disabled && region == referral.RegionCode && teams.Contains(referral.Team) && vetting is not null && vettingExpires >= today;

    /// <summary>The people a supervisor may assign the referral to, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssigneesAsync(VictimReferral referral)
    {
        var today = Today;
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.RegionCode == referral.RegionCode).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.RegionCode, u.Teams, u.VettingLevel, u.VettingExpiresOn }).ToListAsync();
        return people.Where(p => MayWork(referral, false, p.RegionCode, p.Teams, p.VettingLevel, p.VettingExpiresOn, today))
            .Select(p => (p.Id, p.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<FieldError>> AssignAsync(VictimReferral referral, Guid? officerId)
    {
        if (referral.Status == ReferralStatus.Closed)
        {
            return [new("", "A closed referral cannot be assigned")];
        }

        var officer = officerId is { } id ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && !u.IsDisabled && u.RegionCode == referral.RegionCode) : null;
        if (officer is null || !MayWork(referral, officer.IsDisabled, officer.RegionCode, officer.Teams, officer.VettingLevel, officer.VettingExpiresOn, Today))
        {
            return [new("OfficerId", $"Select an officer of the {Access.DisplayNames.Of(referral.Team)} team whose vetting is current")];
        }

        referral.AssignedToId = officer.Id;
        referral.AssignedToName = officer.DisplayName;
        if (referral.Status == ReferralStatus.New)
        {
            referral.Status = ReferralStatus.Assigned;
        }

        referral.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>At most this many referrals are assigned in one go (a page of the queue is 25).</summary>
    public const int BulkLimit = 100;

    /// <summary>What assigning a selection to one officer would do: which referrals they may work, which not and why.</summary>
    public sealed record BulkAssignment(Guid OfficerId, string OfficerName, IReadOnlyList<VictimReferral> Assignable, IReadOnlyList<(VictimReferral Referral, string Reason)> Refused);

    /// <summary>The region's officers who may be given referrals: active, vetting current, in a Protect team (the team is in the name).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> BulkAssigneesAsync()
    {
        var today = Today;
        var region = db.Scope.RegionCode;
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.RegionCode == region && u.VettingLevel != null && u.VettingExpiresOn >= today)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Teams }).ToListAsync();
        return people.Select(p => (p.Id, p.DisplayName, Teams: p.Teams.Where(t => t is Team.CyberProtect or Team.FraudProtect).ToList()))
            .Where(p => p.Teams.Count > 0)
            .Select(p => (p.Id, $"{p.DisplayName} ({string.Join(", ", p.Teams.Select(t => Access.DisplayNames.Of(t)))})")).ToList();
    }

    /// <summary>
    /// Checks a selection before it is assigned (the supervisor confirms what this says): each referral either fits the
    /// officer (their team, vetting current, not closed) or is refused with the reason. Null when the officer is not an
    /// active user of the region.
    /// </summary>
    public async Task<BulkAssignment?> PlanAssignmentAsync(IReadOnlyCollection<Guid> referralIds, Guid officerId)
    {
        var region = db.Scope.RegionCode;
        var officer = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == officerId && !u.IsDisabled && u.RegionCode == region);
        if (officer is null)
        {
            return null;
        }

        var ids = referralIds.Distinct().Take(BulkLimit).ToList();
        var referrals = await db.Set<VictimReferral>().Where(r => ids.Contains(r.Id)).OrderByDescending(r => r.Priority).ThenBy(r => r.FirstContactDueOn).ToListAsync();
        var today = Today;
        var assignable = new List<VictimReferral>();
        var refused = new List<(VictimReferral, string)>();
        foreach (var referral in referrals)
        {
            if (referral.Status == ReferralStatus.Closed)
            {
                refused.Add((referral, "it is closed"));
            }
            else if (!(officer.VettingExpiresOn >= today) || officer.VettingLevel is null)
            {
                refused.Add((referral, $"{officer.DisplayName}'s vetting is not current"));
            }
            else if (!MayWork(referral, officer.IsDisabled, officer.RegionCode, officer.Teams, officer.VettingLevel, officer.VettingExpiresOn, today))
            {
                refused.Add((referral, $"a {Access.DisplayNames.Of(referral.Team)} referral, and {officer.DisplayName} is not in that team"));
            }
            else
            {
                assignable.Add(referral);
            }
        }

        return new BulkAssignment(officer.Id, officer.DisplayName, assignable, refused);
    }

    /// <summary>Assigns every referral of the selection the officer may work, in one save; what was done, or null for an unknown officer.</summary>
    public async Task<BulkAssignment?> AssignManyAsync(IReadOnlyCollection<Guid> referralIds, Guid officerId)
    {
        var plan = await PlanAssignmentAsync(referralIds, officerId);
        if (plan is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        foreach (var referral in plan.Assignable)
        {
            referral.AssignedToId = plan.OfficerId;
            referral.AssignedToName = plan.OfficerName;
            if (referral.Status == ReferralStatus.New)
            {
                referral.Status = ReferralStatus.Assigned;
            }

            referral.UpdatedAt = now;
        }

        await db.SaveChangesAsync();
        return plan;
    }

}
