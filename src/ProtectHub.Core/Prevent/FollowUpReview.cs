using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// A look back at a closed case 6 and 12 months after closure: has the young person been referred again, are they
/// known to have offended, has something good come of it. Scheduled when the case closes; due on the officer's home page.
/// </summary>
public sealed class FollowUpReview : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid CaseId { get; set; }
    public ReviewKind Kind { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>The officer the case was assigned to at closure (or who closed it): whose home page shows it when due.</summary>
    public Guid? OfficerId { get; set; }

    public ReviewAnswer? ReReferred { get; set; }
    public ReviewAnswer? Offended { get; set; }
    public PositiveOutcome? PositiveOutcome { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedByName { get; set; }

    public bool IsDue(DateOnly today) => CompletedAt is null && DueOn <= today;

    public string AuditRecordType => "PreventReview";

    public string AuditRecordId => Id.ToString();
}
