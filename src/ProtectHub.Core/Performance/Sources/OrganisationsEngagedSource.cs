using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

public sealed class OrganisationFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public char? Sector { get; set; }
    public SizeBand? Size { get; set; }
}

internal sealed class OrganisationsEngagedSource : MetricSourceDefinition<OrganisationFacts>
{
    public override MetricSource Source => MetricSource.OrganisationsEngaged;
    public override string Label => "Organisations at engagements delivered in the period";
    public override MetricRecordKind Records => MetricRecordKind.Organisation;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Kind", "Kind of organisation"),
        MetricField.Category("Sector", "Sector"), MetricField.Category("Size", "Size band"),
    ];

    protected override IQueryable<OrganisationFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var delivered = db.Set<Engagement>()
            .Where(e => e.Status != EngagementStatus.Planned && e.Status != EngagementStatus.Cancelled && e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        // Including any merged since: the engagements named them when they were delivered.
        var organisations = db.Set<Organisation>().IncludingMerged().AsNoTracking();
        // Where the engine can, the quarter's organisation lists are unnested once and hash-joined; otherwise (SQLite,
        // where EF would need APPLY) each organisation looks for a delivered engagement naming it.
        var query = db.Provider.CanJoinListColumns
            ? organisations.Where(o => delivered.SelectMany(e => e.OrganisationIds).Contains(o.Id))
            : organisations.Where(o => delivered.Any(e => e.OrganisationIds.Contains(o.Id)));
        if (scope.ForceCode is { } force)
        {
            query = query.Where(o => o.ForceCode == force);
        }

        return query.Select(o => new OrganisationFacts { RecordId = o.Id, Force = o.ForceCode, Kind = o.Kind, Sector = o.Sector, Size = o.Size });
    }
}
