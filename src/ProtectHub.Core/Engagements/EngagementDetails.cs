using ProtectHub.Core.Access;

namespace ProtectHub.Core.Engagements;

/// <summary>What an officer plans about an engagement, for creating and changing one.</summary>
public sealed record EngagementDetails
{
    public string Title { get; init; } = "";
    public EngagementKind? Kind { get; init; }

    /// <summary>Start in UK local time, as the officer entered it.</summary>
    public DateTime? StartsAtLocal { get; init; }

    public int? DurationMinutes { get; init; }
    public bool? IsOnline { get; init; }
    public string? Venue { get; init; }
    public string ForceCode { get; init; } = "";
    public Team? Team { get; init; }
    public Guid? LeadOfficerId { get; init; }
    public IReadOnlyList<AudienceType> AudienceTypes { get; init; } = [];
    public IReadOnlyList<Guid> TopicIds { get; init; } = [];
    public IReadOnlyList<Guid> CampaignIds { get; init; } = [];
    public IReadOnlyList<Guid> OrganisationIds { get; init; } = [];
    public IReadOnlyList<Guid> SupportingOfficerIds { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
}
