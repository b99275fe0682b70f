using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

public enum AdvisoryStatus
{
    Draft,
    AwaitingApproval,
    Approved,
    Issued,
    Withdrawn,
}

public enum AdvisorySeverity
{
    Low,
    Medium,
    High,
    Critical,
}

public enum AdvisorySource
{
    Ncsc,
    Nca,
    NationalFraudIntelligenceBureau,
    OwnInvestigation,
    Partner,
}

/// <summary>
/// A threat advisory for the region's partners, marked with TLP 2.0 (chosen, never defaulted) and sent to an audience
/// chosen by rule or by name, within what the marking allows. Issued advisories never change: an update is a new
/// edition sent to the same audience with what changed; a withdrawal tells the recipients.
/// </summary>
public sealed class Advisory : IRegionOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Reference { get; set; } = "";
    public int Edition { get; set; } = 1;
    public Guid? PreviousVersionId { get; set; }
    public Guid? SupersededById { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Details { get; set; }
    public string RecommendedActions { get; set; } = "";
    public List<string> Sectors { get; set; } = [];
    public List<string> ForceCodes { get; set; } = [];
    public AdvisorySeverity Severity { get; set; }
    public AdvisorySource Source { get; set; }
    public TlpMarking? Tlp { get; set; }

    /// <summary>The intelligence reports behind it (their sanitised text only is ever shown with it).</summary>
    public List<Guid> IntelligenceReportIds { get; set; } = [];
    public List<Guid> LessonIds { get; set; } = [];

    // The audience: a rule over the region's partners, and people by name.
    public bool ToCommunity { get; set; }
    public List<string> ToMemberships { get; set; } = [];
    public List<string> ToSectors { get; set; } = [];
    public List<string> ToSizes { get; set; } = [];
    public List<string> ToForces { get; set; } = [];
    public List<Guid> ToContactIds { get; set; } = [];

    public AdvisoryStatus Status { get; set; }
    public Guid CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }

    /// <summary>When the not-yet-acknowledged were last reminded (from the page or by the timer); the timer reminds once.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>The service's address the emails' links start with, as the officer who issued it reached it.</summary>
    public string? LinkBase { get; set; }

    /// <summary>What an update changed, in the officer's words (editions after the first).</summary>
    public string? ChangeSummary { get; set; }

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    public bool HasRuleAudience => ToCommunity || ToMemberships.Count > 0 || ToSectors.Count > 0 || ToSizes.Count > 0 || ToForces.Count > 0;
}

/// <summary>An indicator an advisory names: validated for its type, shown defanged, downloadable.</summary>
public sealed class AdvisoryIndicator : IRegionOwned
{
    public long Id { get; init; }
    public Guid AdvisoryId { get; set; }
    public string RegionCode { get; set; } = "";
    public IndicatorType Type { get; set; }
    public string Value { get; set; } = "";
    public string Key { get; set; } = "";

    public Indicator AsIndicator => new(Type, Value);
}

public enum MessageKind
{
    Issue,
    Update,
    Withdrawal,
    Reminder,
}

public enum MessageStatus
{
    Queued,
    Sent,
    Failed,
    Skipped,

    /// <summary>The relay refused it for good (5xx at the recipient or the message): recorded, never retried.</summary>
    Bounced,

    /// <summary>Its sender stopped while handing it to the relay: it may have arrived, so it is never sent again.</summary>
    Interrupted,
}

public enum Acknowledgement
{
    Received,
    ActedOn,
    NotRelevant,
}

/// <summary>
/// One email to one recipient in the durable outbox: queued in the database, sent in the background by whichever
/// instance claims it, retried with back-off, a disclosure in the audit log once sent. Its token is the recipient's
/// acknowledgement and opt-out link.
/// </summary>
public sealed class AdvisoryMessage : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AdvisoryId { get; set; }
    public string RegionCode { get; set; } = "";
    public MessageKind Kind { get; set; }
    public Guid ContactId { get; set; }
    public Guid? OrganisationId { get; set; }
    public string OrganisationName { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Token { get; set; } = "";
    public MessageStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When the outbox began handing it to the relay (committed before it did): with Queued, the attempt in progress.</summary>
    public DateTimeOffset? HandedOverAt { get; set; }
    public string? LastError { get; set; }
    public Acknowledgement? Acknowledgement { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The Message-ID header: the same on every attempt, so a relay or mailbox can tell a retry from a new message.</summary>
    public string MessageIdHeader => $"{Id:N}@protecthub";

    public string AuditRecordType => "AdvisoryMessage";

    public string AuditRecordId => Id.ToString();

    /// <summary>
    /// The outbox's delivery state and the recipient's answer: not personal data, and audited by the feature itself as
    /// what they mean (each message emailed is a disclosure, each answer an entry), so that delivering one message needs
    /// no "Altered" entry of its own.
    /// </summary>
    public bool IsBookkeeping(string property) => property is nameof(Status) or nameof(Attempts) or nameof(NextAttemptAt) or nameof(ClaimedBy)
        or nameof(ClaimedUntil) or nameof(SentAt) or nameof(HandedOverAt) or nameof(LastError)
        // The recipient's answer, audited by AcknowledgementWriter as what it is ("Acknowledged by the recipient: ...").
        or nameof(Acknowledgement) or nameof(AcknowledgedAt);
}

public static class AdvisoryLimits
{
    public const int Title = TextLimits.Line;
    public const int Summary = TextLimits.Paragraph;
    public const int Text = TextLimits.Notes;
}
