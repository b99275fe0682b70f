using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class FeedbackResponseFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
}

internal sealed class FeedbackResponseSource : MetricSourceDefinition<FeedbackResponseFacts>
{
    public override MetricSource Source => MetricSource.FeedbackResponses;
    public override string Label => "Feedback responses on engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
        [MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement")];

    protected override IQueryable<FeedbackResponseFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from r in db.Set<FeedbackResponse>().AsNoTracking()
               join e in engagements on r.EngagementId equals e.Id
               select new FeedbackResponseFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Kind = e.Kind };
    }
}
