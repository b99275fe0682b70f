using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Indicators;

namespace ProtectHub.Core.Intelligence;

/// <summary>
/// A graded intelligence report (3x5x2). The full text may name people and the source is protected: personal data,
/// every view and change audited. Editable only as a draft; once approved it never changes, and a correction is a new
/// edition (<see cref="PreviousVersionId"/>) that replaces it when approved in turn.
/// </summary>
public sealed class IntelligenceReport : IRegionOwned, IPersonalData, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";

    /// <summary>The team's reference, shared by every version: INT-2611-3F9A21.</summary>
    public string Reference { get; set; } = "";
    /// <summary>1 for the first report, 2 for its first correction, and so on.</summary>
    public int Edition { get; set; } = 1;
    public Guid? PreviousVersionId { get; set; }
    public Guid? SupersededById { get; set; }

    /// <summary>The team whose members see the source and (unless handling allows) the full text.</summary>
    public Team OwningTeam { get; set; }
    public string Title { get; set; } = "";

    public IntelligenceSourceType? SourceType { get; set; }
    public Guid? SourceOrganisationId { get; set; }
    public Guid? SourceContactId { get; set; }

    /// <summary>Who or what the source is, in words (the organisation's or contact's name when linked).</summary>
    public string? SourceDescription { get; set; }

    public SourceEvaluation? SourceEvaluation { get; set; }
    public IntelligenceAssessment? Assessment { get; set; }
    public HandlingCode? Handling { get; set; }
    public string? HandlingConditions { get; set; }

    public string FullText { get; set; } = "";
    public string? SanitisedText { get; set; }

    public List<string> ThreatCategories { get; set; } = [];

    /// <summary>Sectors as SIC section letters, like the partner organisations'.</summary>
    public List<string> Sectors { get; set; } = [];
    public List<string> ForceCodes { get; set; } = [];
    public List<Guid> RequirementIds { get; set; } = [];

    public IntelligenceStatus Status { get; set; }
    public Guid CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>When the first version was submitted: the quarter a report counts in, kept by its corrections.</summary>
    public DateOnly? FirstSubmittedOn { get; set; }
    public string? QaReturnReason { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What the correction changed, in the author's words (versions after the first).</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The industry submission it came from, when a partner reported it through their secure link.</summary>
    public Guid? SubmissionId { get; set; }

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    public bool IsCurrent => SupersededById is null;

    public bool IsEditable => Status == IntelligenceStatus.Draft;

    public string AuditRecordType => "IntelligenceReport";

    public string AuditRecordId => Id.ToString();
}

/// <summary>A subject or entity a report names (a domain, an IP address, an online identifier...), found by <see cref="IndicatorQuery"/>.</summary>
public sealed class IntelligenceSubject : IRegionOwned
{
    public long Id { get; init; }
    public Guid ReportId { get; set; }
    public string RegionCode { get; set; } = "";
    public IndicatorType Type { get; set; }
    public string Value { get; set; } = "";
    public string Key { get; set; } = "";

    public Indicator AsIndicator => new(Type, Value);
}

/// <summary>
/// One counted fact of an approved, current report (its threat category, sector, force area, requirement, or that it
/// came from industry) with the quarter it counts in: what the threat picture, coverage and metric sources add up.
/// Written when a report is approved and removed when a correction replaces it.
/// </summary>
public sealed class IntelligenceFacet : IRegionOwned
{
    public long Id { get; init; }
    public Guid ReportId { get; set; }
    public string RegionCode { get; set; } = "";
    public FacetKind Kind { get; set; }
    public string Value { get; set; } = "";
    public DateOnly CountedOn { get; set; }
    public string Quarter { get; set; } = "";
}

public enum FacetKind
{
    Report,
    ThreatCategory,
    Sector,
    Force,
    Requirement,
    SourceType,
}

/// <summary>Where an approved report went, with the receiving system's reference.</summary>
public sealed class IntelligenceDissemination : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public string RegionCode { get; set; } = "";
    public DisseminationDestination Destination { get; set; }
    public string Recipient { get; set; } = "";
    public string ReceivingReference { get; set; } = "";
    public bool SanitisedOnly { get; set; }
    public DateTimeOffset At { get; set; }
    public string ByName { get; set; } = "";
}

/// <summary>
/// A national or regional intelligence requirement reports answer. National ones (no region) are set by the National
/// Coordinator and shown to every region; a region's own by its coordinators.
/// </summary>
public sealed class IntelligenceRequirement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null for a national requirement.</summary>
    public string? RegionCode { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public RequirementPriority Priority { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly ReviewOn { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsNational => RegionCode is null;
}

public static class IntelligenceLimits
{
    public const int Title = TextLimits.Line;
    public const int Text = 8000;
    public const int Conditions = TextLimits.Sentence;
    public const int Reference = 64;
}
