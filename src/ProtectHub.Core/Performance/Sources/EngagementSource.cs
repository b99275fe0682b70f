using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class EngagementFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    public bool Online { get; set; }
    public int? PeopleReached { get; set; }
}

internal sealed class EngagementSource : MetricSourceDefinition<EngagementFacts>
{
    public override MetricSource Source => MetricSource.Engagements;
    public override string Label => "Engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement"),
        MetricField.Category("Status", "Status"), MetricField.Category("Online", "Online"), MetricField.Number("PeopleReached", "People reached"),
    ];

    protected override IQueryable<EngagementFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(e => e.ForceCode == force);
        }

        return query.Select(e => new EngagementFacts
        {
            RecordId = e.Id,
            Force = e.ForceCode,
            Team = e.Team,
            Kind = e.Kind,
            Status = e.Status,
            Online = e.IsOnline,
            PeopleReached = e.PeopleReached,
        });
    }
}
