using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Neurodiversity and other health or vulnerability notes about a young person: special category data (UK GDPR article
/// 9). Kept in their own record so that nobody loads them by accident with the case: only the team's supervisors,
/// coordinators and the officer assigned read them (<see cref="SpecialCategory"/>), and every read is audited under
/// its own record type.
/// </summary>
public sealed class SpecialCategoryDetails : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid CaseId { get; set; }
    public List<string> Neurodiversity { get; set; } = [];
    public DiagnosisStatus? Diagnosis { get; set; }
    public string? HealthNotes { get; set; }
    public SpecialCategoryBasis LawfulBasis { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    public string AuditRecordType => "PreventSpecialCategory";

    public string AuditRecordId => Id.ToString();
}
