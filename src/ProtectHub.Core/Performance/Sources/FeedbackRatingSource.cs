using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class FeedbackRatingFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
    public Guid Topic { get; set; }
    public int Before { get; set; }
    public int After { get; set; }
    public int Uplift { get; set; }
}

internal sealed class FeedbackRatingSource : MetricSourceDefinition<FeedbackRatingFacts>
{
    public override MetricSource Source => MetricSource.FeedbackRatings;
    public override string Label => "Topic ratings in feedback on engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement"),
        MetricField.Category("Topic", "Topic"), MetricField.Number("Before", "Confidence before (1 to 5)"), MetricField.Number("After", "Confidence after (1 to 5)"),
        MetricField.Number("Uplift", "Confidence uplift (after minus before)"),
    ];

    protected override IQueryable<FeedbackRatingFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from r in db.Set<FeedbackResponse>().AsNoTracking()
               join e in engagements on r.EngagementId equals e.Id
               from t in r.Ratings
               select new FeedbackRatingFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Kind = e.Kind, Topic = t.TopicId, Before = t.Before, After = t.After, Uplift = t.After - t.Before };
    }
}
