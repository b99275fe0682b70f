using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Core.Regions;

namespace ProtectHub.Core.Campaigns;

public sealed record CampaignForm(
    string? Title, string? Aims, Guid? NationalCampaignId, DateOnly? StartsOn, DateOnly? EndsOn,
    IReadOnlyList<AudienceType> AudienceTypes, IReadOnlyList<string> ForceCodes, IReadOnlyList<Guid> TopicIds);

public sealed record PostForm(
    PostChannel? Channel, DateOnly? ScheduledOn, string? Text, string? Link, Guid? MaterialId, string? Outlet,
    PostStatus? Status, DateOnly? PublishedOn, int? Reach, int? Interactions);

/// <summary>Campaigns and their plan: the campaign's details, its posts and press pieces (with their results), and linked engagements.</summary>
public sealed class CampaignPlanning(ProtectHubDbContext db, TimeProvider time)
{
    public async Task<(Campaign? Campaign, IReadOnlyList<FieldError> Errors)> CreateAsync(CampaignForm form, Guid ownerId, string ownerName, string regionCode)
    {
        var errors = await CheckAsync(form, regionCode);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var campaign = new Campaign { RegionCode = regionCode, OwnerId = ownerId, OwnerName = ownerName, CreatedAt = time.GetUtcNow() };
        Apply(campaign, form);
        db.Add(campaign);
        await db.SaveChangesAsync();
        return (campaign, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Campaign campaign, CampaignForm form)
    {
        var errors = await CheckAsync(form, campaign.RegionCode);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(campaign, form);
        await db.SaveChangesAsync();
        return [];
    }

    public Task<List<CampaignPost>> PostsAsync(Guid campaignId) =>
        db.Set<CampaignPost>().AsNoTracking().Where(p => p.CampaignId == campaignId).OrderBy(p => p.ScheduledOn).ThenBy(p => p.CreatedAt).ToListAsync();

    /// <summary>One post of this campaign, tracked for a change; null when the campaign has no such post.</summary>
    public Task<CampaignPost?> FindPostAsync(Campaign campaign, Guid postId) =>
        db.Set<CampaignPost>().FirstOrDefaultAsync(p => p.Id == postId && p.CampaignId == campaign.Id);

    public async Task<(CampaignPost? Post, IReadOnlyList<FieldError> Errors)> AddPostAsync(Campaign campaign, PostForm form, string byName)
    {
        var errors = await CheckPostAsync(form);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var post = new CampaignPost { RegionCode = campaign.RegionCode, CampaignId = campaign.Id, CreatedAt = time.GetUtcNow(), CreatedByName = byName };
        Apply(post, form);
        db.Add(post);
        await db.SaveChangesAsync();
        return (post, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdatePostAsync(CampaignPost post, PostForm form)
    {
        var errors = await CheckPostAsync(form);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(post, form);
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>The region's engagements not yet in the campaign, the ones in its period first, for the link form.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)>> LinkableEngagementsAsync(Campaign campaign)
    {
        var linked = db.Set<CampaignEngagement>().Where(l => l.CampaignId == campaign.Id).Select(l => l.EngagementId);
        var from = Time.UkTime.StartOfDay(campaign.StartsOn.AddDays(-30));
        var to = Time.UkTime.StartOfDay(campaign.EndsOn.AddDays(31));
        return (await db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= from && e.StartsAt < to && !linked.Contains(e.Id))
                .OrderBy(e => e.StartsAt).Select(e => new { e.Id, e.Title, e.StartsAt }).Take(500).ToListAsync())
            .Select(e => (e.Id, e.Title, e.StartsAt)).ToList();
    }

    public async Task<IReadOnlyList<FieldError>> LinkEngagementAsync(Campaign campaign, Guid engagementId)
    {
        if (!await db.Set<Engagement>().AnyAsync(e => e.Id == engagementId))
        {
            return [new("EngagementId", "Select one of your region's engagements")];
        }

        if (await db.Set<CampaignEngagement>().AnyAsync(l => l.CampaignId == campaign.Id && l.EngagementId == engagementId))
        {
            return [new("EngagementId", "That engagement is already in the campaign")];
        }

        db.Add(new CampaignEngagement { RegionCode = campaign.RegionCode, CampaignId = campaign.Id, EngagementId = engagementId });
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<bool> UnlinkEngagementAsync(Campaign campaign, Guid engagementId) =>
        await db.Set<CampaignEngagement>().Where(l => l.CampaignId == campaign.Id && l.EngagementId == engagementId).ExecuteDeleteAsync() > 0;

    public async Task<IReadOnlyList<Engagement>> EngagementsAsync(Guid campaignId)
    {
        var ids = db.Set<CampaignEngagement>().Where(l => l.CampaignId == campaignId).Select(l => l.EngagementId);
        return await db.Set<Engagement>().AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.StartsAt).ToListAsync();
    }

    /// <summary>The images a post may use: the library's active posters and other materials whose current file is an image.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ImagesAsync(MaterialLibrary library) =>
        (await library.PickerAsync()).Where(m => m.Kind is MaterialKind.Poster or MaterialKind.Leaflet or MaterialKind.Other).Select(m => (m.Id, m.Title)).ToList();

    private async Task<List<FieldError>> CheckAsync(CampaignForm form, string regionCode)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Title, nameof(form.Title), "The title", "Enter the campaign's title", TextLimits.Line);
        errors.RequireText(form.Aims, nameof(form.Aims), "The aims", "Enter what the campaign aims to achieve", TextLimits.Paragraph);
        if (form.StartsOn is null)
        {
            errors.Add(new(nameof(form.StartsOn), "Enter the date the campaign starts"));
        }

        if (form.EndsOn is null)
        {
            errors.Add(new(nameof(form.EndsOn), "Enter the date the campaign ends"));
        }
        else if (form.StartsOn is { } start && form.EndsOn < start)
        {
            errors.Add(new(nameof(form.EndsOn), "The end date must be on or after the start date"));
        }
        else if (form.StartsOn is { } s && form.EndsOn.Value.DayNumber - s.DayNumber > 366)
        {
            errors.Add(new(nameof(form.EndsOn), "A campaign runs for a year at most: split a longer one"));
        }

        var forces = PoliceReferenceData.ForcesOf(regionCode).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        if (form.ForceCodes.Any(f => !forces.Contains(f)))
        {
            errors.Add(new(nameof(form.ForceCodes), "Select force areas of your region"));
        }

        var listIds = form.TopicIds.Append(form.NationalCampaignId ?? Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var known = await db.Set<ManagedListItem>().AsNoTracking().Where(i => listIds.Contains(i.Id)).Select(i => new { i.Id, i.Kind }).ToListAsync();
        if (form.TopicIds.Any(t => !known.Any(k => k.Id == t && k.Kind == ManagedListKind.Topic)))
        {
            errors.Add(new(nameof(form.TopicIds), "Select topics from the list"));
        }

        if (form.NationalCampaignId is { } national && !known.Any(k => k.Id == national && k.Kind == ManagedListKind.Campaign))
        {
            errors.Add(new(nameof(form.NationalCampaignId), "Select a national campaign from the list, or none"));
        }

        return errors;
    }

    private async Task<List<FieldError>> CheckPostAsync(PostForm form)
    {
        var errors = new List<FieldError>();
        errors.Require(form.Channel, nameof(form.Channel), "Select where it appears");
        if (form.ScheduledOn is null)
        {
            errors.Add(new(nameof(form.ScheduledOn), "Enter the date it is planned for"));
        }

        errors.RequireText(form.Text, nameof(form.Text), "The text", "Enter the post's text, or what the piece is about", CampaignLimits.PostText);
        if (!string.IsNullOrWhiteSpace(form.Link) && (form.Link.Trim().Length > CampaignLimits.Url
            || !Uri.TryCreate(form.Link.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
        {
            errors.Add(new(nameof(form.Link), "Enter a full web address, starting https://"));
        }

        errors.OptionalText(form.Outlet, nameof(form.Outlet), "The outlet", TextLimits.Line);
        errors.Require(form.Status, nameof(form.Status), "Select whether it is planned, published or cancelled");
        if (form.Status == PostStatus.Published)
        {
            if (form.PublishedOn is null)
            {
                errors.Add(new(nameof(form.PublishedOn), "Enter the date it was published"));
            }
            else if (form.PublishedOn > Time.UkTime.UkToday(time))
            {
                errors.Add(new(nameof(form.PublishedOn), "The date it was published must be today or in the past"));
            }
        }
        else if (form.Reach is not null || form.Interactions is not null)
        {
            errors.Add(new(nameof(form.Reach), "Reach and interactions are recorded once it is published"));
        }

        if (form.Reach is < 0 or > 1_000_000_000)
        {
            errors.Add(new(nameof(form.Reach), "Reach must be a whole number, 0 or more"));
        }

        if (form.Interactions is < 0 or > 1_000_000_000)
        {
            errors.Add(new(nameof(form.Interactions), "Interactions must be a whole number, 0 or more"));
        }

        if (form.MaterialId is { } materialId && !await db.Set<Material>().IgnoreQueryFilters([QueryFilters.Region])
                .AnyAsync(m => m.Id == materialId && !m.IsRetired && (m.RegionCode == db.Scope.RegionCode || m.IsNational)))
        {
            errors.Add(new(nameof(form.MaterialId), "Select an image from the materials library, or none"));
        }

        return errors;
    }

    private static void Apply(Campaign campaign, CampaignForm form)
    {
        campaign.Title = form.Title!.Trim();
        campaign.Aims = form.Aims!.Trim();
        campaign.NationalCampaignId = form.NationalCampaignId;
        campaign.StartsOn = form.StartsOn!.Value;
        campaign.EndsOn = form.EndsOn!.Value;
        campaign.AudienceTypes = [.. form.AudienceTypes.Distinct()];
        campaign.ForceCodes = [.. form.ForceCodes.Distinct()];
        campaign.TopicIds = [.. form.TopicIds.Distinct()];
        campaign.SearchText = $"{campaign.Title} {campaign.Aims}".ToLowerInvariant();
    }

    private static void Apply(CampaignPost post, PostForm form)
    {
        post.Channel = form.Channel!.Value;
        post.ScheduledOn = form.ScheduledOn!.Value;
        post.Text = form.Text!.Trim();
        post.Link = FormErrors.Trimmed(form.Link);
        post.MaterialId = form.MaterialId;
        post.Outlet = FormErrors.Trimmed(form.Outlet);
        post.Status = form.Status!.Value;
        post.PublishedOn = form.Status == PostStatus.Published ? form.PublishedOn : null;
        post.Reach = form.Status == PostStatus.Published ? form.Reach : null;
        post.Interactions = form.Status == PostStatus.Published ? form.Interactions : null;
    }
}
