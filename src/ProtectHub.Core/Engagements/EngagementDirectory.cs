using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Engagements;

/// <summary>
/// Engagements of the user's region through their lifecycle (planned, delivered, reviewed or cancelled), with their
/// follow-up actions. Region scoping comes from the DbContext's query filter.
/// </summary>
public sealed class EngagementDirectory(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    public async Task<IReadOnlyList<ManagedListItem>> ListAsync(ManagedListKind kind) =>
        await db.Set<ManagedListItem>().AsNoTracking().Where(i => i.Kind == kind && !i.IsRetired).OrderBy(i => i.Name).ToListAsync();

    /// <summary>The topics and campaigns with these ids (a record names them by id), retired ones included.</summary>
    public async Task<IReadOnlyList<ManagedListItem>> ListItemsAsync(IReadOnlyCollection<Guid> ids) =>
        ids.Count == 0 ? [] : await db.Set<ManagedListItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();

    /// <summary>Every entry of both lists, retired ones included, for the page that manages them.</summary>
    public async Task<IReadOnlyList<ManagedListItem>> AllListItemsAsync() =>
        await db.Set<ManagedListItem>().AsNoTracking().OrderBy(i => i.Kind).ThenBy(i => i.Name).ToListAsync();

    public async Task<IReadOnlyList<FieldError>> AddListItemAsync(ManagedListKind? kind, string? name)
    {
        var errors = new List<FieldError>();
        var trimmed = name?.Trim() ?? "";
        if (kind is null)
        {
            errors.Add(new("Kind", "Select the list to add to"));
        }

        if (trimmed.Length == 0)
        {
            errors.Add(new("Name", "Enter the name of the topic or campaign"));
        }
        else if (trimmed.Length > TextLimits.Line)
        {
            errors.Add(new("Name", TextLimits.TooLong("Name", TextLimits.Line)));
        }
        else if (kind is not null && await db.Set<ManagedListItem>().AnyAsync(i => i.Kind == kind && i.Name.ToLower() == trimmed.ToLower()))
        {
            errors.Add(new("Name", "That list already has an entry with this name; restore it if it was retired"));
        }

        if (errors.Count == 0)
        {
            db.Add(new ManagedListItem { Kind = kind!.Value, Name = trimmed });
            await db.SaveChangesAsync();
        }

        return errors;
    }

    /// <summary>Retires or restores an entry; retired entries are offered no more but keep their meaning in old records.</summary>
    public async Task SetRetiredAsync(Guid id, bool retired)
    {
        if (await db.Set<ManagedListItem>().FirstOrDefaultAsync(i => i.Id == id) is { } item)
        {
            item.IsRetired = retired;
            await db.SaveChangesAsync();
        }
    }

    public async Task<List<FieldError>> ValidateAsync(EngagementDetails details)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            errors.Add(new("Title", "Enter a title, for example 'Phishing talk for Lincoln Chamber of Commerce'"));
        }
        else if (details.Title.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Title", TextLimits.TooLong("Title", TextLimits.Line)));
        }

        if (details.Kind is null)
        {
            errors.Add(new("Kind", "Select the kind of engagement"));
        }

        if (details.StartsAtLocal is null)
        {
            errors.Add(new("StartsOn", "Enter the date of the engagement"));
        }

        if (details.DurationMinutes is not (>= 1 and <= 1440))
        {
            errors.Add(new("DurationMinutes", "Enter the duration in minutes, from 1 to 1440"));
        }

        if (details.IsOnline is null)
        {
            errors.Add(new("IsOnline", "Select whether it was in person or online"));
        }
        else if (details.IsOnline == false && string.IsNullOrWhiteSpace(details.Venue))
        {
            errors.Add(new("Venue", "Enter the venue"));
        }

        var region = db.Scope.RegionCode;
        if (string.IsNullOrWhiteSpace(details.ForceCode) || !Regions.PoliceReferenceData.IsForceOf(details.ForceCode, region))
        {
            errors.Add(new("ForceCode", "Select a force area in your region"));
        }

        if (details.Team is null)
        {
            errors.Add(new("Team", "Select the team delivering it"));
        }

        if (details.LeadOfficerId is not { } lead || !await db.Users.AnyAsync(u => u.Id == lead && !u.IsDisabled && u.RegionCode == region))
        {
            errors.Add(new("LeadOfficerId", "Select the lead officer"));
        }

        var supporting = details.SupportingOfficerIds.Distinct().ToList();
        if (supporting.Count > 0 && await db.Users.CountAsync(u => supporting.Contains(u.Id) && !u.IsDisabled && u.RegionCode == region) != supporting.Count)
        {
            errors.Add(new("SupportingOfficerIds", "Select supporting officers of your region"));
        }

        if (details.Sectors.Any(s => s.Trim() is not [>= 'A' and <= 'U'] && s.Trim() is not [>= 'a' and <= 'u']))
        {
            errors.Add(new("Sectors", "Select sectors from the list"));
        }

        var listIds = details.TopicIds.Concat(details.CampaignIds).Distinct().ToList();
        if (listIds.Count > 0 && await db.Set<ManagedListItem>().CountAsync(i => listIds.Contains(i.Id)) != listIds.Count)
        {
            errors.Add(new("TopicIds", "Select topics and campaigns from the lists"));
        }

        var organisations = details.OrganisationIds.Distinct().ToList();
        if (organisations.Count > 0 && await db.Set<Organisation>().CountAsync(o => organisations.Contains(o.Id)) != organisations.Count)
        {
            errors.Add(new("OrganisationIds", "Select organisations of your region"));
        }

        return errors;
    }

    public async Task<Engagement> CreateAsync(EngagementDetails details)
    {
        var engagement = new Engagement { RegionCode = db.Scope.RegionCode, CreatedAt = time.GetUtcNow(), Status = EngagementStatus.Planned };
        await ApplyAsync(engagement, details);
        db.Add(engagement);
        await db.SaveChangesAsync();
        return engagement;
    }

    public async Task UpdateAsync(Engagement engagement, EngagementDetails details)
    {
        await ApplyAsync(engagement, details);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Records an engagement as delivered. <paramref name="tookPlaceAt"/> is when it really took place, if not at its
    /// planned time (moved at short notice, recorded later): it becomes the engagement's start, so quarters and service
    /// levels count it when it happened; never in the future.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> RecordDeliveryAsync(Engagement engagement, int? peopleReached, string? keyLearning, decimal? cpdHours = null, DateTimeOffset? tookPlaceAt = null)
    {
        var errors = new List<FieldError>();
        var now = time.GetUtcNow();
        if (engagement.Status != EngagementStatus.Planned)
        {
            errors.Add(new("", $"Only a planned engagement can be recorded as delivered; this one is {engagement.Status.ToString().ToLowerInvariant()}"));
        }
        else if (tookPlaceAt > now)
        {
            errors.Add(new("On", $"The date and time it took place must be in the past: {tookPlaceAt.Value.ToUkDateTime()} has not come yet"));
        }
        else if (tookPlaceAt is null && engagement.StartsAt > now)
        {
            errors.Add(new("", $"An engagement is recorded as delivered once it has started: this one starts on {engagement.StartsAt.ToUkDateTime()}. If it took place earlier, enter when"));
        }

        if (peopleReached is not (>= 0 and <= 1_000_000))
        {
            errors.Add(new("PeopleReached", "Enter the number of people reached, as a whole number"));
        }

        if (keyLearning?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("KeyLearning", TextLimits.TooLong("Key learning", TextLimits.Notes)));
        }

        if (engagement.Kind == EngagementKind.CpdEvent && cpdHours is not (>= 0.5m and <= 100m))
        {
            errors.Add(new("CpdHours", "Enter the CPD hours each attendee earns, between 0.5 and 100, like 1.5"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        engagement.Status = EngagementStatus.Delivered;
        engagement.StartsAt = tookPlaceAt ?? engagement.StartsAt;
        engagement.PeopleReached = peopleReached;
        engagement.KeyLearning = string.IsNullOrWhiteSpace(keyLearning) ? null : keyLearning.Trim();
        engagement.CpdHours = engagement.Kind == EngagementKind.CpdEvent ? cpdHours : null;
        engagement.DeliveredRecordedAt = now;
        await db.SaveChangesAsync();
        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> CancelAsync(Engagement engagement, string? reason)
    {
        if (engagement.Status != EngagementStatus.Planned)
        {
            return [new("", "Only a planned engagement can be cancelled")];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return [new("Reason", "Enter why the engagement was cancelled")];
        }

        engagement.Status = EngagementStatus.Cancelled;
        engagement.CancellationReason = reason.Trim();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>
    /// A supervisor's review of a delivered engagement: a second pair of eyes, so never its own lead officer, and only
    /// by someone who supervises (a supervisor, coordinator or head of unit); with comments for the officer if any.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> MarkReviewedAsync(Engagement engagement, Guid reviewerId, string reviewerName, bool reviewerSupervises, string? comments = null)
    {
        if (comments?.Trim().Length > TextLimits.Paragraph)
        {
            return [new("ReviewComments", $"Comments must be {TextLimits.Paragraph:N0} characters or fewer (these are {comments.Trim().Length:N0})")];
        }

        if (engagement.Status != EngagementStatus.Delivered)
        {
            return [new("", "Only a delivered engagement can be reviewed")];
        }

        if (!reviewerSupervises)
        {
            return [new("", "A supervisor reviews delivered engagements")];
        }

        if (engagement.LeadOfficerId == reviewerId)
        {
            return [new("", "An engagement is reviewed by a supervisor other than its lead officer")];
        }

        engagement.Status = EngagementStatus.Reviewed;
        (engagement.ReviewedById, engagement.ReviewedByName, engagement.ReviewedAt) = (reviewerId, reviewerName, time.GetUtcNow());
        engagement.ReviewComments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Whether someone with these roles reviews engagements: supervisors, coordinators and heads of unit.</summary>
    public static bool Supervises(IEnumerable<Role> roles) => roles.Any(r => r is Role.Supervisor or Role.Coordinator or Role.HeadOfUnit);

    public async Task<IReadOnlyList<FieldError>> AddActionAsync(Engagement engagement, string? description, Guid? ownerId, DateOnly? dueOn)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add(new("Description", "Enter what needs to be done"));
        }
        else if (description.Trim().Length > TextLimits.Sentence)
        {
            errors.Add(new("Description", TextLimits.TooLong("Action", TextLimits.Sentence)));
        }

        var owner = ownerId is { } id ? await db.Users.FirstOrDefaultAsync(u => u.Id == id && !u.IsDisabled && u.RegionCode == engagement.RegionCode) : null;
        if (owner is null)
        {
            errors.Add(new("OwnerId", "Select who will do it"));
        }

        if (dueOn is null)
        {
            errors.Add(new("DueOn", "Enter the date it is due"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Add(new FollowUpAction
        {
            RegionCode = engagement.RegionCode,
            EngagementId = engagement.Id,
            Description = description!.Trim(),
            OwnerId = owner!.Id,
            OwnerName = owner.DisplayName,
            DueOn = dueOn!.Value,
        });
        await db.SaveChangesAsync();
        return errors;
    }

    public Task<List<FollowUpAction>> ActionsAsync(Guid engagementId) =>
        db.Set<FollowUpAction>().AsNoTracking().Where(a => a.EngagementId == engagementId).OrderBy(a => a.DueOn).ToListAsync();

    /// <summary>An officer's open actions, soonest due first, for their home page.</summary>
    public async Task<IReadOnlyList<(FollowUpAction Action, string EngagementTitle)>> OpenActionsOfAsync(Guid ownerId)
    {
        var rows = await db.Set<FollowUpAction>().AsNoTracking().Where(a => a.OwnerId == ownerId && a.CompletedAt == null)
            .Join(db.Set<Engagement>(), a => a.EngagementId, e => e.Id, (a, e) => new { Action = a, e.Title })
            .OrderBy(x => x.Action.DueOn).Take(100).ToListAsync();
        return rows.Select(r => (r.Action, r.Title)).ToList();
    }

    public async Task<bool> CompleteActionAsync(Guid actionId)
    {
        var action = await db.Set<FollowUpAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.CompletedAt == null);
        if (action is null)
        {
            return false;
        }

        action.CompletedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Ticks off several of the owner's own open follow-up actions at once (the home page's selection); how many.</summary>
    public async Task<int> CompleteActionsAsync(IReadOnlyCollection<Guid> actionIds, Guid ownerId)
    {
        var ids = actionIds.Distinct().Take(100).ToList();
        var actions = await db.Set<FollowUpAction>().Where(a => ids.Contains(a.Id) && a.OwnerId == ownerId && a.CompletedAt == null).ToListAsync();
        var now = time.GetUtcNow();
        foreach (var action in actions)
        {
            action.CompletedAt = now;
        }

        await db.SaveChangesAsync();
        return actions.Count;
    }

    public async Task<(IReadOnlyList<Engagement> Items, int Total)> SearchAsync(EngagementSearch search)
    {
        var query = Filtered(search);
        var text = TextOf(search);
        // The total is shared by the region's officers with the same filters until an engagement changes: counting a
        // common word's or a whole year's matches is the list's dearest part, and it is the same for everyone.
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Engagements, $"engagement-total:{search with { Page = 1 }}",
            async sp => await sp.GetRequiredService<EngagementDirectory>().Filtered(search).CountUpToLimitAsync());
        var skip = (Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize;
        if (text is not null)
        {
            // Only the page's keys first, then its rows. A narrow search fetches its few matches' keys without an order
            // (PostgreSQL finds them by the trigram index) and sorts those, rather than walking every engagement newest
            // first looking for them; a common word walks the date index, which holds the lower-case title, to the
            // page's last match.
            var ids = total <= Paging.CountLimit
                ? (await query.Select(e => new { e.Id, e.StartsAt }).ToListAsync())
                    .OrderByDescending(k => k.StartsAt).ThenBy(k => k.Id).Skip(skip).Take(search.PageSize).Select(k => k.Id).ToList()
                : await query.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).Skip(skip).Take(search.PageSize).Select(e => e.Id).ToListAsync();
            return ((await db.Set<Engagement>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync()).InOrderOf(ids, e => e.Id), total);
        }

        var items = await query.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).Skip(skip).Take(search.PageSize).ToListAsync();
        return (items, total);
    }

    private static string? TextOf(EngagementSearch search) => string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim().ToLowerInvariant();

    private IQueryable<Engagement> Filtered(EngagementSearch search)
    {
        var query = db.Set<Engagement>().AsNoTracking();
        if (search.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (search.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (search.Team is { } team)
        {
            query = query.Where(e => e.Team == team);
        }

        if (search.From is { } from)
        {
            var start = UkTime.StartOfDay(from);
            query = query.Where(e => e.StartsAt >= start);
        }

        if (search.To is { } to)
        {
            var end = UkTime.StartOfDay(to.AddDays(1));
            query = query.Where(e => e.StartsAt < end);
        }

        if (TextOf(search) is { } text)
        {
            query = query.Where(e => e.SearchTitle.Contains(text));
        }

        return query;
    }

    private async Task ApplyAsync(Engagement engagement, EngagementDetails details)
    {
        engagement.Title = details.Title.Trim();
        engagement.Kind = details.Kind ?? EngagementKind.Other;
        engagement.StartsAt = UkTime.ToUtc(details.StartsAtLocal ?? default);
        engagement.DurationMinutes = details.DurationMinutes ?? 60;
        engagement.IsOnline = details.IsOnline ?? false;
        engagement.Venue = engagement.IsOnline || string.IsNullOrWhiteSpace(details.Venue) ? null : details.Venue.Trim();
        engagement.ForceCode = details.ForceCode;
        engagement.Team = details.Team ?? Team.CyberProtect;
        var lead = await db.Users.AsNoTracking().FirstAsync(u => u.Id == details.LeadOfficerId);
        engagement.LeadOfficerId = lead.Id;
        engagement.LeadOfficerName = lead.DisplayName;
        engagement.AudienceTypes = details.AudienceTypes.Distinct().ToList();
        engagement.TopicIds = details.TopicIds.Distinct().ToList();
        engagement.CampaignIds = details.CampaignIds.Distinct().ToList();
        engagement.OrganisationIds = details.OrganisationIds.Distinct().ToList();
        engagement.SupportingOfficerIds = details.SupportingOfficerIds.Where(id => id != lead.Id).Distinct().ToList();
        engagement.Sectors = details.Sectors.Select(s => s.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
