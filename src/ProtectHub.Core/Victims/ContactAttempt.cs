using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Victims;

/// <summary>One attempt to reach a victim: how, what came of it, and notes. Personal data (the notes are about the victim).</summary>
public sealed class ContactAttempt : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid ReferralId { get; set; }
    public ContactMethod Method { get; set; }
    public ContactOutcome Outcome { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid OfficerId { get; set; }
    public string OfficerName { get; set; } = "";

    public string AuditRecordType => "ContactAttempt";

    public string AuditRecordId => Id.ToString();
}
