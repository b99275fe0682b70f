using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>
/// The work on victim referrals: queues by force and team, assignment, contact attempts, advice and signposting,
/// safeguarding escalation, closure, and the region's rules. Region scoping comes from the DbContext's query filter.
/// </summary>
public sealed partial class ReferralQueue(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{2,6}[0-9]{2,14}$")]
    private static partial System.Text.RegularExpressions.Regex CrimeReferencePattern();

    public sealed record Workload(Guid? OfficerId, string OfficerName, int Open, int Overdue, int Safeguarding);

    public DateOnly Today => time.UkToday();

    public async Task<ReferralRules> RulesAsync() =>
        await db.Set<ReferralRules>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionCode == db.Scope.RegionCode) ?? ReferralRules.DefaultFor(db.Scope.RegionCode);

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

        var rules = await RulesAsync();
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

    public async Task<IReadOnlyList<(ReferralLink Link, VictimReferral Other)>> LinksAsync(Guid referralId)
    {
        var links = await db.Set<ReferralLink>().AsNoTracking().Where(l => l.ReferralId == referralId || l.EarlierReferralId == referralId).ToListAsync();
        var otherIds = links.Select(l => l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId).ToList();
        var others = await db.Set<VictimReferral>().AsNoTracking().Where(r => otherIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return links.Where(l => others.ContainsKey(l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId))
            .Select(l => (l, others[l.ReferralId == referralId ? l.EarlierReferralId : l.ReferralId]))
            .OrderByDescending(x => x.Item2.ReportedOn).ToList();
    }

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
