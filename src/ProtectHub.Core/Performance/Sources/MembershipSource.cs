using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class MembershipFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public MembershipKind Membership { get; set; }
    public char? Sector { get; set; }
    public SizeBand? Size { get; set; }
}

internal sealed class MembershipSource : MetricSourceDefinition<MembershipFacts>
{
    public override MetricSource Source => MetricSource.Memberships;
    public override string Label => "Memberships and certifications starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Organisation;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Membership", "Membership"),
        MetricField.Category("Sector", "Sector"), MetricField.Category("Size", "Size band"),
    ];

    protected override IQueryable<MembershipFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var organisations = db.Set<Organisation>().AsNoTracking();
        if (scope.ForceCode is { } force)
        {
            organisations = organisations.Where(o => o.ForceCode == force);
        }

        return organisations.SelectMany(o => o.Memberships.Where(m => m.StartedOn >= scope.FirstDay && m.StartedOn <= scope.LastDay),
            (o, m) => new MembershipFacts { RecordId = o.Id, Force = o.ForceCode, Membership = m.Kind, Sector = o.Sector, Size = o.Size });
    }
}
