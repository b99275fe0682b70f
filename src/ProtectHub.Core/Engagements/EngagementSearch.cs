using ProtectHub.Core.Access;

namespace ProtectHub.Core.Engagements;

public sealed record EngagementSearch
{
    public string? Text { get; init; }
    public EngagementStatus? Status { get; init; }
    public EngagementKind? Kind { get; init; }
    public Team? Team { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
