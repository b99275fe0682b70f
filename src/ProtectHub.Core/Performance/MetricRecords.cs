using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// The records behind a figure, a page at a time, each as a line of a list: its title, a detail, and the record its
/// link opens (a campaign post opens its campaign, a follow-up action its engagement). Read through the region filter.
/// </summary>
public sealed class MetricRecords(ProtectHubDbContext db)
{
    /// <summary>A line of the list; <paramref name="Opens"/> is the id of the record its link opens (see the class).</summary>
    public sealed record Row(Guid Opens, string Title, string Detail);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The name of one row of a breakdown ("Leicestershire Police", a topic's name), for the page's heading.</summary>
    public async Task<string> RowLabelAsync(string field, string value, CancellationToken ct) =>
        (await MetricLabels.LoadAsync(db, ct)).Of(field, value);

    /// <summary>The records of this kind whose ids <paramref name="page"/> selects, in the order their list shows them.</summary>
    public async Task<IReadOnlyList<Row>> PageAsync(MetricRecordKind kind, IQueryable<Guid> page) => kind switch
    {
        MetricRecordKind.Engagement => (await db.Set<Engagement>().AsNoTracking().Where(e => page.Contains(e.Id)).OrderByDescending(e => e.StartsAt).ToListAsync())
            .Select(e => new Row(e.Id, e.Title, $"{e.StartsAt.ToUkDate()}, {EngagementNames.Of(e.Kind)}, {e.Status}")).ToList(),
        MetricRecordKind.Organisation => (await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => page.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync())
            .Select(o => new Row(o.Id, o.Name, $"{PartnerNames.Of(o.Kind)}{(o.Size is { } s ? ", " + PartnerNames.Of(s) : "")}")).ToList(),
        MetricRecordKind.PreventCase => (await db.Set<Prevent.PreventCase>().AsNoTracking().Where(c => page.Contains(c.Id)).OrderByDescending(c => c.ReferredAt).ToListAsync())
            .Select(c => new Row(c.Id, c.Reference, $"Referred {c.ReferredAt.ToUkDate()}, {Prevent.PreventNames.Of(c.Behaviour)}, {Prevent.PreventNames.Of(c.Status)}")).ToList(),
        MetricRecordKind.IntelligenceReport => (await db.Set<Intelligence.IntelligenceReport>().AsNoTracking().Where(r => page.Contains(r.Id)).OrderByDescending(r => r.CreatedAt).ToListAsync())
            .Select(r => new Row(r.Id, r.Reference, $"{Intelligence.IntelligenceNames.Grading(r)}, {Intelligence.IntelligenceNames.Of(r.Status)}")).ToList(),
        MetricRecordKind.CampaignPost => (await db.Set<Campaigns.CampaignPost>().AsNoTracking().Where(p => page.Contains(p.Id)).OrderByDescending(p => p.PublishedOn).ToListAsync())
            .Select(p => new Row(p.CampaignId, $"{Campaigns.CampaignNames.Of(p.Channel)}, {p.PublishedOn.ToUkDate()}",
                $"Reach {p.Reach?.ToString("N0", English) ?? "not recorded"}, interactions {p.Interactions?.ToString("N0", English) ?? "not recorded"}")).ToList(),
        MetricRecordKind.FollowUpAction => (await db.Set<FollowUpAction>().AsNoTracking().Where(a => page.Contains(a.Id)).OrderBy(a => a.DueOn).ToListAsync())
            .Select(a => new Row(a.EngagementId, a.Description, $"{a.OwnerName}, due {a.DueOn.ToUkDate()}{(a.CompletedAt is null ? "" : ", done")}")).ToList(),
        _ => (await db.Set<VictimReferral>().AsNoTracking().Where(r => page.Contains(r.Id)).OrderByDescending(r => r.ReceivedAt).ToListAsync())
            .Select(r => new Row(r.Id, r.CrimeReference, $"Received {r.ReceivedAt.ToUkDate()}, {VictimNames.Of(r.OffenceCategory)}, {r.Status}")).ToList(),
    };
}
