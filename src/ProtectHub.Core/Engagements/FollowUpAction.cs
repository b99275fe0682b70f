using ProtectHub.Core.Access;

namespace ProtectHub.Core.Engagements;

/// <summary>Something to do after an engagement, owned by an officer and shown on their home page until done.</summary>
public sealed class FollowUpAction : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid EngagementId { get; set; }
    public string Description { get; set; } = "";
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueOn < today;
}
