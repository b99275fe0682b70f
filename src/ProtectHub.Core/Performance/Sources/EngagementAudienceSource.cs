using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class EngagementAudienceFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementStatus Status { get; set; }
    public AudienceType Audience { get; set; }
}

internal sealed class EngagementAudienceSource : MetricSourceDefinition<EngagementAudienceFacts>
{
    public override MetricSource Source => MetricSource.EngagementAudiences;
    public override string Label => "Audience types of engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Status", "Status"),
        MetricField.Category("Audience", "Audience type"),
    ];

    protected override IQueryable<EngagementAudienceFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(e => e.ForceCode == force);
        }

        if (db.Provider.CanJoinListColumns)
        {
            return query.SelectMany(e => e.AudienceTypes, (e, a) => new EngagementAudienceFacts
            {
                RecordId = e.Id,
                Force = e.ForceCode,
                Team = e.Team,
                Status = e.Status,
                Audience = a,
            });
        }

        // SQLite cannot join a row to its own JSON list (EF would need APPLY): one query per audience type, unioned.
        return Enum.GetValues<AudienceType>()
            .Select(audience => query.Where(e => e.AudienceTypes.Contains(audience))
                .Select(e => new EngagementAudienceFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Status = e.Status, Audience = audience }))
            .Aggregate(Queryable.Concat);
    }
}
