using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Intelligence;

/// <summary>What a partner reported through their link: the submitter's details are personal data.</summary>
public sealed class IndustrySubmission : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid LinkId { get; set; }
    public Guid OrganisationId { get; set; }
    public string OrganisationName { get; set; } = "";
    public string SubmitterName { get; set; } = "";
    public string SubmitterEmail { get; set; } = "";
    public IndustrySubmissionKind Kind { get; set; }
    public DateOnly? HappenedOn { get; set; }
    public string Description { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public Guid ReportId { get; set; }
    public bool AcknowledgementSent { get; set; }
    public string? Feedback { get; set; }
    public DateTimeOffset? FeedbackSentAt { get; set; }
    public string? FeedbackByName { get; set; }

    public string AuditRecordType => "IndustrySubmission";

    public string AuditRecordId => Id.ToString();
}

/// <summary>A file sent with a submission, checked by its content (PDF, PNG, JPEG or plain text) and size.</summary>
public sealed class SubmissionAttachment : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SubmissionId { get; set; }
    public string RegionCode { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
