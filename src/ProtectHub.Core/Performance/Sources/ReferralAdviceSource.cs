using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class ReferralAdviceFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public OffenceCategory Offence { get; set; }
    public AdviceKind Kind { get; set; }
    public Guid Item { get; set; }
}

internal sealed class ReferralAdviceSource : MetricSourceDefinition<ReferralAdviceFacts>
{
    public override MetricSource Source => MetricSource.ReferralAdvice;
    public override string Label => "Advice given and services signposted on referrals received in the period";
    public override MetricRecordKind Records => MetricRecordKind.Referral;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Offence", "Offence category"),
        MetricField.Category("Kind", "Advice or signposting"), MetricField.Category("Item", "Advice or service"),
    ];

    protected override IQueryable<ReferralAdviceFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<VictimReferral>().AsNoTracking().Where(r => r.ReceivedAt >= scope.StartsAt && r.ReceivedAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(r => r.ForceCode == force);
        }

        // A join with the advice list rather than an unnest of each referral's lists: SQLite cannot unnest in a join, and
        // on PostgreSQL the join measured four times faster than unnesting both lists (279 ms against 1,087 ms a quarter).
        return from r in query
               from item in db.Set<AdviceItem>()
               where (item.Kind == AdviceKind.Advice && r.AdviceGiven.Contains(item.Id)) || (item.Kind == AdviceKind.Signpost && r.Signposted.Contains(item.Id))
               select new ReferralAdviceFacts { RecordId = r.Id, Force = r.ForceCode, Team = r.Team, Offence = r.OffenceCategory, Kind = item.Kind, Item = item.Id };
    }
}
