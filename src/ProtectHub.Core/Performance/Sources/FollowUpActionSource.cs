using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class FollowUpActionFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public bool Completed { get; set; }
}

internal sealed class FollowUpActionSource : MetricSourceDefinition<FollowUpActionFacts>
{
    public override MetricSource Source => MetricSource.FollowUpActions;
    public override string Label => "Follow-up actions due in the period";
    public override MetricRecordKind Records => MetricRecordKind.FollowUpAction;

    public override IReadOnlyList<MetricField> Fields { get; } =
        [MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Completed", "Completed")];

    protected override IQueryable<FollowUpActionFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().AsQueryable();
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from a in db.Set<FollowUpAction>().AsNoTracking()
               where a.DueOn >= scope.FirstDay && a.DueOn <= scope.LastDay
               join e in engagements on a.EngagementId equals e.Id
               select new FollowUpActionFacts { RecordId = a.Id, Force = e.ForceCode, Team = e.Team, Completed = a.CompletedAt != null };
    }
}
