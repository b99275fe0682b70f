namespace ProtectHub.Core.Audit;

public sealed record SearchAuditOptions
{
    public Guid? ActorId { get; init; }
    public string? RecordId { get; init; }
    public AuditAction? Action { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
