namespace ProtectHub.Core.Partners;

/// <summary>A working relationship between the unit and an organisation, with its dates and lead officer.</summary>
public sealed class Partnership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public PartnershipKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>When the relationship (for example an MoU) must next be reviewed.</summary>
    public DateOnly? ReviewOn { get; set; }

    public Guid LeadOfficerId { get; set; }
    public string LeadOfficerName { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public bool IsReviewDue(DateOnly today) => ReviewOn is { } review && review <= today;
}
