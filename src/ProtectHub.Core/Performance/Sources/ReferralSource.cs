using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class ReferralFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public OffenceCategory Offence { get; set; }
    public VictimType VictimType { get; set; }
    public ReferralStatus Status { get; set; }
    public ReferralClosure? Closure { get; set; }
    public bool Contacted { get; set; }
    public bool? ContactedInTime { get; set; }
    public bool RepeatVictim { get; set; }
    public bool Vulnerable { get; set; }
    public bool Safeguarded { get; set; }
    public int? WorkingDaysToFirstContact { get; set; }
    public double? AmountLost { get; set; }
    public int? Satisfaction { get; set; }
}

internal sealed class ReferralSource : MetricSourceDefinition<ReferralFacts>
{
    public override MetricSource Source => MetricSource.Referrals;
    public override string Label => "Victim referrals received in the period";
    public override MetricRecordKind Records => MetricRecordKind.Referral;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Offence", "Offence category"),
        MetricField.Category("VictimType", "Victim type"), MetricField.Category("Status", "Status"), MetricField.Category("Closure", "Closed as"),
        MetricField.Category("Contacted", "Contacted"), MetricField.Category("ContactedInTime", "Contacted within the service level"),
        MetricField.Category("RepeatVictim", "Reported before"), MetricField.Category("Vulnerable", "Vulnerability flagged"),
        MetricField.Category("Safeguarded", "Escalated for safeguarding"),
        MetricField.Number("WorkingDaysToFirstContact", "Working days to first contact", median: true),
        MetricField.Number("AmountLost", "Amount lost (£)"), MetricField.Number("Satisfaction", "Victim satisfaction (1 to 5)"),
    ];

    protected override IQueryable<ReferralFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<VictimReferral>().AsNoTracking().Where(r => r.ReceivedAt >= scope.StartsAt && r.ReceivedAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(r => r.ForceCode == force);
        }

        return query.Select(r => new ReferralFacts
        {
            RecordId = r.Id,
            Force = r.ForceCode,
            Team = r.Team,
            Offence = r.OffenceCategory,
            VictimType = r.VictimType,
            Status = r.Status,
            Closure = r.Closure,
            Contacted = r.FirstContactAt != null,
            ContactedInTime = r.ContactedInTime,
            RepeatVictim = r.EarlierReports > 0,
            Vulnerable = r.VulnerabilityFlags.Count > 0,
            Safeguarded = r.EscalatedAt != null,
            WorkingDaysToFirstContact = r.FirstContactWorkingDays,
            AmountLost = (double?)r.AmountLost,
            Satisfaction = r.Satisfaction,
        });
    }
}
