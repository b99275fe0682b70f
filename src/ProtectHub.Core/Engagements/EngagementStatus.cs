namespace ProtectHub.Core.Engagements;

/// <summary>Planned, then delivered (with reach and learning), then reviewed; or cancelled with a reason.</summary>
public enum EngagementStatus
{
    Planned,
    Delivered,
    Reviewed,
    Cancelled,
}
