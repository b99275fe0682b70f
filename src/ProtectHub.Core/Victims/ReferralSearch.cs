using ProtectHub.Core.Access;

namespace ProtectHub.Core.Victims;

/// <summary>What the queue page filters on. Closed referrals appear only when asked for.</summary>
public sealed record ReferralSearch
{
    public string? ForceCode { get; init; }
    public Team? Team { get; init; }
    public ReferralStatus? Status { get; init; }

    /// <summary>Only those assigned to this officer.</summary>
    public Guid? AssignedTo { get; init; }

    public bool UnassignedOnly { get; init; }
    public bool OverdueOnly { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
