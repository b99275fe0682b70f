using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Core.Calendar;

/// <summary>
/// Each officer's engagements (as lead or supporting officer) as an iCalendar feed at a secret address, for their
/// calendar app. Only a hash of the secret is stored; making a new address or revoking it stops the old one at once.
/// </summary>
public sealed class OfficerCalendar(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>How far back the feed goes; older events are of no use in a calendar app.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(180);

    /// <summary>Gives the user a new feed secret (replacing any earlier one) and returns it; it cannot be shown again.</summary>
    public async Task<string> CreateFeedAsync(Guid userId)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId);
        var secret = Access.PublicToken.New(32);
        user.CalendarFeedHash = Hash(secret);
        await db.SaveChangesAsync();
        return secret;
    }

    public async Task RevokeAsync(Guid userId)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId);
        user.CalendarFeedHash = null;
        await db.SaveChangesAsync();
    }

    public Task<bool> HasFeedAsync(Guid userId) => db.Users.AnyAsync(u => u.Id == userId && u.CalendarFeedHash != null);

    /// <summary>The feed for a secret, or null when no active user has it. <paramref name="baseUrl"/> makes each event link back.</summary>
    public async Task<string?> FeedAsync(string secret, string baseUrl)
    {
        var user = await UserOfAsync(secret);
        if (user is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var from = now - History;
        var events = await db.Set<Engagement>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.RegionCode == user.RegionCode && e.StartsAt >= from && (e.LeadOfficerId == user.Id || e.SupportingOfficerIds.Contains(user.Id)))
            .OrderBy(e => e.StartsAt).Take(2000).ToListAsync();
        var calendar = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR").Line("VERSION", "2.0").Line("PRODID", "-//ProtectHub//Officer calendar//EN")
            .Line("CALSCALE", "GREGORIAN").Line("METHOD", "PUBLISH").Text("X-WR-CALNAME", $"ProtectHub: {user.DisplayName}")
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        foreach (var e in events)
        {
            calendar.Line("BEGIN", "VEVENT")
                .Line("UID", $"{e.Id}@protecthub")
                .Time("DTSTAMP", now)
                .Time("DTSTART", e.StartsAt)
                .Time("DTEND", e.StartsAt.AddMinutes(e.DurationMinutes))
                .Text("SUMMARY", (e.Status == EngagementStatus.Cancelled ? "Cancelled: " : "") + e.Title)
                .Text("LOCATION", e.IsOnline ? "Online" : e.Venue ?? "")
                .Text("DESCRIPTION", $"{EngagementNames.Of(e.Kind)}, {e.Status.ToString().ToLowerInvariant()}. Lead officer: {e.LeadOfficerName}.")
                .Line("URL", $"{baseUrl.TrimEnd('/')}/engagements/{e.Id}")
                .Line("STATUS", e.Status == EngagementStatus.Cancelled ? "CANCELLED" : "CONFIRMED")
                .Line("END", "VEVENT");
        }

        return calendar.Line("END", "VCALENDAR").ToString();
    }

    /// <summary>
    /// The region's campaigns (all-day events across their period) and their planned and published posts (all-day on
    /// their date) for the same secret's user: the campaign calendar in their calendar app.
    /// </summary>
    public async Task<string?> CampaignFeedAsync(string secret, string baseUrl)
    {
        var user = await UserOfAsync(secret);
        if (user is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var from = Time.UkTime.DateOf(now - History);
        var campaigns = await db.Set<Campaigns.Campaign>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RegionCode == user.RegionCode && c.EndsOn >= from).OrderBy(c => c.StartsOn).Take(500).ToListAsync();
        var posts = await db.Set<Campaigns.CampaignPost>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.RegionCode == user.RegionCode && p.ScheduledOn >= from).OrderBy(p => p.ScheduledOn).Take(2000).ToListAsync();
        var titles = campaigns.ToDictionary(c => c.Id, c => c.Title);
        var calendar = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR").Line("VERSION", "2.0").Line("PRODID", "-//ProtectHub//Campaign calendar//EN")
            .Line("CALSCALE", "GREGORIAN").Line("METHOD", "PUBLISH").Text("X-WR-CALNAME", "ProtectHub: campaigns")
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        foreach (var c in campaigns)
        {
            calendar.Line("BEGIN", "VEVENT").Line("UID", $"{c.Id}@protecthub").Time("DTSTAMP", now)
                .Date("DTSTART", c.StartsOn).Date("DTEND", c.EndsOn.AddDays(1))
                .Text("SUMMARY", $"Campaign: {c.Title}").Text("DESCRIPTION", c.Aims)
                .Line("URL", $"{baseUrl.TrimEnd('/')}/campaigns/{c.Id}").Line("TRANSP", "TRANSPARENT").Line("END", "VEVENT");
        }

        foreach (var p in posts)
        {
            var campaign = titles.GetValueOrDefault(p.CampaignId, "a campaign");
            calendar.Line("BEGIN", "VEVENT").Line("UID", $"{p.Id}@protecthub").Time("DTSTAMP", now)
                .Date("DTSTART", p.ScheduledOn).Date("DTEND", p.ScheduledOn.AddDays(1))
                .Text("SUMMARY", (p.Status == Campaigns.PostStatus.Cancelled ? "Cancelled: " : "") + $"{Campaigns.CampaignNames.Of(p.Channel)} post ({campaign})")
                .Text("DESCRIPTION", p.Text)
                .Line("URL", $"{baseUrl.TrimEnd('/')}/campaigns/{p.CampaignId}")
                .Line("STATUS", p.Status == Campaigns.PostStatus.Cancelled ? "CANCELLED" : "CONFIRMED").Line("TRANSP", "TRANSPARENT").Line("END", "VEVENT");
        }

        return calendar.Line("END", "VCALENDAR").ToString();
    }

    private async Task<Access.AppUser?> UserOfAsync(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 64)
        {
            return null;
        }

        var hash = Hash(secret);
        return await db.Users.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.CalendarFeedHash == hash && !u.IsDisabled);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
