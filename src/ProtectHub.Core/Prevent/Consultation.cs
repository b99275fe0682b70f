using ProtectHub.Core.Access;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// A referrer's anonymous first conversation with the team about a young person: no name, no date of birth, nothing
/// that identifies anyone, so it is not personal data. It ends with the team's advice and a decision.
/// </summary>
public sealed class Consultation : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string? ForceCode { get; set; }
    public PreventSource Source { get; set; }
    public AgeBand AgeBand { get; set; }
    public ConcernBehaviour Behaviour { get; set; }
    public OnlinePlatform? Platform { get; set; }
    public PreventSetting Setting { get; set; }
    public string Concerns { get; set; } = "";
    public string Advice { get; set; } = "";
    public ConsultationDecision Decision { get; set; }
    public Guid RecordedById { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The referral made from it, when the decision was to proceed.</summary>
    public Guid? CaseId { get; set; }
}
