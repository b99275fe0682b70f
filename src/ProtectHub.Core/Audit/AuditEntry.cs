namespace ProtectHub.Core.Audit;

/// <summary>
/// One append-only audit log entry. Entries form a hash chain: each <see cref="Hash"/> covers the entry's fields and
/// the previous entry's hash, so changing or deleting any entry breaks verification from that point on.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Position in the chain, from 1, with no gaps. Unique in the database.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; init; }
    public string ActorName { get; init; } = "";
    public AuditAction Action { get; init; }
    public string? RecordType { get; init; }
    public string? RecordId { get; init; }
    public string? RegionCode { get; init; }
    public string? Reason { get; init; }
    public string? Details { get; init; }
    public string? CorrelationId { get; init; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
