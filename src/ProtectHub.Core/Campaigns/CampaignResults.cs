using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Campaigns;

/// <summary>One week of a campaign: what was published and delivered, and whom it reached.</summary>
public sealed record CampaignWeek(DateOnly StartsOn, int PostsPublished, long Reach, long Interactions, int EngagementsDelivered, int PeopleReached);

public sealed record CampaignFigures(
    int PostsPlanned, int PostsPublished, int PostsCancelled, long Reach, long Interactions,
    int Engagements, int EngagementsDelivered, int PeopleReached,
    int FeedbackRatings, double? MeanBefore, double? MeanAfter, int VictimsContacted, IReadOnlyList<CampaignWeek> Weeks)
{
    public double? Uplift => MeanAfter - MeanBefore;
}

/// <summary>
/// What a campaign achieved: posts' reach and interactions, linked engagements and the people they reached, the
/// confidence uplift in feedback on the campaign's topics, victims contacted in its period, and the same week by week.
/// </summary>
public sealed class CampaignResults(ProtectHubDbContext db)
{
    public async Task<CampaignFigures> OfAsync(Campaign campaign)
    {
        var posts = await db.Set<CampaignPost>().AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.Status, p.PublishedOn, p.Reach, p.Interactions }).ToListAsync();
        var engagementIds = db.Set<CampaignEngagement>().Where(l => l.CampaignId == campaign.Id).Select(l => l.EngagementId);
        var engagements = await db.Set<Engagement>().AsNoTracking().Where(e => engagementIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Status, e.StartsAt, e.PeopleReached }).ToListAsync();
        var delivered = engagements.Where(e => e.Status is EngagementStatus.Delivered or EngagementStatus.Reviewed).ToList();

        var topics = campaign.TopicIds;
        var ratings = topics.Count == 0 ? [] : await db.Set<FeedbackResponse>().AsNoTracking().Where(r => engagementIds.Contains(r.EngagementId))
            .SelectMany(r => r.Ratings).Where(t => topics.Contains(t.TopicId)).Select(t => new { t.Before, t.After }).ToListAsync();

        var from = UkTime.StartOfDay(campaign.StartsOn);
        var to = UkTime.StartOfDay(campaign.EndsOn.AddDays(1));
        var victims = await db.Set<VictimReferral>().CountAsync(r => r.FirstContactAt >= from && r.FirstContactAt < to);

        var weeks = new List<CampaignWeek>();
        var monday = campaign.StartsOn.AddDays(-(((int)campaign.StartsOn.DayOfWeek + 6) % 7));
        for (var week = monday; week <= campaign.EndsOn; week = week.AddDays(7))
        {
            var end = week.AddDays(7);
            var published = posts.Where(p => p.Status == PostStatus.Published && p.PublishedOn >= week && p.PublishedOn < end).ToList();
            var done = delivered.Where(e => UkTime.DateOf(e.StartsAt) >= week && UkTime.DateOf(e.StartsAt) < end).ToList();
            weeks.Add(new CampaignWeek(week, published.Count, published.Sum(p => (long)(p.Reach ?? 0)), published.Sum(p => (long)(p.Interactions ?? 0)),
                done.Count, done.Sum(e => e.PeopleReached ?? 0)));
        }

        var live = posts.Where(p => p.Status == PostStatus.Published).ToList();
        return new CampaignFigures(
            posts.Count(p => p.Status == PostStatus.Planned), live.Count, posts.Count(p => p.Status == PostStatus.Cancelled),
            live.Sum(p => (long)(p.Reach ?? 0)), live.Sum(p => (long)(p.Interactions ?? 0)),
            engagements.Count, delivered.Count, delivered.Sum(e => e.PeopleReached ?? 0),
            ratings.Count, ratings.Count == 0 ? null : ratings.Average(r => r.Before), ratings.Count == 0 ? null : ratings.Average(r => r.After),
            victims, weeks);
    }
}

/// <summary>What the calendar shows of a post: its text cut to a line.</summary>
public sealed record CalendarPost(Guid Id, Guid CampaignId, PostChannel Channel, DateOnly ScheduledOn, PostStatus Status, string Text);

/// <summary>One day of the campaign calendar: how many posts are planned or published that day, and the first few.</summary>
public sealed record CalendarDay(DateOnly Day, int Count, IReadOnlyList<CalendarPost> Posts);

/// <summary>The campaigns list and the month calendar of campaigns and posts.</summary>
public sealed class CampaignList(ProtectHubDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<Campaign> Items, int Total)> SearchAsync(string? text, bool currentOnly, int page)
    {
        var query = db.Set<Campaign>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lower = text.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchText.Contains(lower));
        }

        if (currentOnly)
        {
            var today = time.UkToday();
            query = query.Where(c => c.EndsOn >= today);
        }

        var total = await query.CountAsync();
        var items = await query.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync();
        return (items, total);
    }

    /// <summary>How many of a day's posts the month view lists; the day's own view lists them all.</summary>
    public const int PostsShownADay = 5;

    /// <summary>
    /// The campaigns running in the month, and each day's posts (cancelled ones left out): the count and the first few,
    /// the text read only for those (a busy month holds thousands of posts; the page shows five a day).
    /// </summary>
    public async Task<(IReadOnlyList<Campaign> Campaigns, IReadOnlyList<CalendarDay> Days)> MonthAsync(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var campaigns = await RunningAsync(first, last);
        // Which posts fall on which day, read narrow (no text); then the text of only the first few of each day.
        var keys = await Live(first, last).OrderBy(p => p.ScheduledOn).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.ScheduledOn }).Take(50_000).ToListAsync();
        var counts = keys.GroupBy(k => k.ScheduledOn).ToDictionary(g => g.Key, g => g.Count());
        var firstIds = keys.GroupBy(k => k.ScheduledOn).SelectMany(g => g.Take(PostsShownADay)).Select(k => k.Id).ToList();
        var shown = (await Shown(db.Set<CampaignPost>().AsNoTracking().Where(p => firstIds.Contains(p.Id))).ToListAsync())
            .ToDictionary(p => p.Id);
        var byDay = firstIds.Where(shown.ContainsKey).Select(id => shown[id]).GroupBy(p => p.ScheduledOn).ToDictionary(g => g.Key, g => g.ToList());
        var days = Enumerable.Range(0, last.Day).Select(i => first.AddDays(i))
            .Select(d => new CalendarDay(d, counts.GetValueOrDefault(d), byDay.TryGetValue(d, out var of) ? of : [])).ToList();
        return (campaigns, days);
    }

    /// <summary>One day: the campaigns running and every post planned or published that day.</summary>
    public async Task<(IReadOnlyList<Campaign> Campaigns, CalendarDay Day)> DayAsync(DateOnly day)
    {
        var posts = await Shown(Live(day, day).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)).Take(5000).ToListAsync();
        return (await RunningAsync(day, day), new CalendarDay(day, posts.Count, posts));
    }

    private Task<List<Campaign>> RunningAsync(DateOnly first, DateOnly last) =>
        db.Set<Campaign>().AsNoTracking().Where(c => c.StartsOn <= last && c.EndsOn >= first).OrderBy(c => c.StartsOn).ThenBy(c => c.Title)
            .Select(c => new Campaign { Id = c.Id, RegionCode = c.RegionCode, Title = c.Title, StartsOn = c.StartsOn, EndsOn = c.EndsOn }).Take(200).ToListAsync();

    private IQueryable<CampaignPost> Live(DateOnly first, DateOnly last) =>
        db.Set<CampaignPost>().AsNoTracking().Where(p => p.ScheduledOn >= first && p.ScheduledOn <= last && p.Status != PostStatus.Cancelled);

    // The text cut to a line by the database, so that a day does not read every post's whole text.
#pragma warning disable CA1845 // An expression the database translates: spans do not exist there.
    private static IQueryable<CalendarPost> Shown(IQueryable<CampaignPost> posts) =>
        posts.Select(p => new CalendarPost(p.Id, p.CampaignId, p.Channel, p.ScheduledOn, p.Status, p.Text.Length > 120 ? p.Text.Substring(0, 120) + "…" : p.Text));
#pragma warning restore CA1845

    /// <summary>The titles of the campaigns the posts shown belong to.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IEnumerable<Guid> campaignIds)
    {
        var ids = campaignIds.Distinct().ToList();
        return await db.Set<Campaign>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title);
    }
}
