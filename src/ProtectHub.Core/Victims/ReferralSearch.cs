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
    /// <summary>The column the queue is sorted by; highest priority first unless another is chosen.</summary>
    public ReferralSort Sort { get; init; } = ReferralSort.Priority;

    /// <summary>Largest (or latest, or Z) first.</summary>
    public bool Descending { get; init; } = true;

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

/// <summary>The queue's sortable columns.</summary>
public enum ReferralSort
{
    Priority,
    Victim,
    Offence,
    Due,
    Assigned,
}
