using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Prevent;

/// <summary>Something the team did with the young person, and how they responded. Personal data (the notes are about them).</summary>
public sealed class Intervention : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid CaseId { get; set; }
    public InterventionKind Kind { get; set; }
    public DateOnly On { get; set; }
    public Guid OfficerId { get; set; }
    public string OfficerName { get; set; } = "";
    public SubjectResponse Response { get; set; }
    public string? Notes { get; set; }

    /// <summary>For a group session at a school: the engagement it was part of.</summary>
    public Guid? EngagementId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string AuditRecordType => "PreventIntervention";

    public string AuditRecordId => Id.ToString();
}
