using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// A young person referred to the Cyber Prevent team, and the work with them from deconfliction to the 12-month
/// review. Most subjects are children: personal data, every view and change audited, seen by the region's Cyber
/// Prevent team only. Health and neurodiversity notes are kept apart, in <see cref="SpecialCategoryDetails"/>.
/// </summary>
public sealed class PreventCase : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string ForceCode { get; set; } = "";

    /// <summary>The team's reference for the case, for example PV-2611-3F9A21.</summary>
    public string Reference { get; set; } = "";

    public PreventSource Source { get; set; }
    public string ReferrerName { get; set; } = "";
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? ReferrerPhone { get; set; }

    /// <summary>The referrer's partner contact record, when their email matches one of the region's contacts.</summary>
    public Guid? ReferrerContactId { get; set; }

    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public string? Gender { get; set; }
    public string? AddressLine1 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? SchoolName { get; set; }

    /// <summary>The school or college as a partner organisation, when its name matches one of the region's.</summary>
    public Guid? SchoolOrganisationId { get; set; }

    /// <summary>Online handles as "Platform: handle" (for example "Discord: n0scope").</summary>
    public List<string> Handles { get; set; } = [];

    public string? ParentCarerName { get; set; }
    public string? ParentCarerRelationship { get; set; }
    public string? ParentCarerPhone { get; set; }
    public string? ParentCarerEmail { get; set; }

    public ConcernBehaviour Behaviour { get; set; }
    public BehaviourLevel BehaviourLevel { get; set; }
    public PreventSetting Setting { get; set; }
    public string? Details { get; set; }

    /// <summary>Age band when referred, kept after anonymisation for the figures.</summary>
    public AgeBand AgeBandAtReferral { get; set; }

    public Guid? ConsultationId { get; set; }
    public PreventCaseStatus Status { get; set; }
    public DateTimeOffset ReferredAt { get; set; }
    public Guid? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }

    public DeconflictionOutcome? Deconfliction { get; set; }
    public string? DeconflictionReference { get; set; }
    public string? DeconflictionNotes { get; set; }
    public DateTimeOffset? DeconflictedAt { get; set; }
    public string? DeconflictedByName { get; set; }

    /// <summary>What to tell the referrer in plain words when the case is closed without Prevent work.</summary>
    public string? ReferrerMessage { get; set; }

    public ConsentGivenBy? ConsentGivenBy { get; set; }
    public DateOnly? ConsentOn { get; set; }
    public bool? ParentInformed { get; set; }
    public string? ParentNotInformedReason { get; set; }

    public SafeguardingRoute? SafeguardingRoute { get; set; }
    public string? SafeguardingReason { get; set; }
    public DateTimeOffset? SafeguardingRaisedAt { get; set; }

    /// <summary>Whether neurodiversity is recorded (diagnosed or suspected): a count for the figures, no detail.</summary>
    public bool NeurodiversityFlagged { get; set; }

    /// <summary>How many earlier cases of the same young person were found when it was referred.</summary>
    public int EarlierReferrals { get; set; }

    public PreventOutcome? Outcome { get; set; }
    public string? ClosureNotes { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the retention rule removed the personal details (the figures stay); null while they are held.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public string DisplayName => AnonymisedAt is null ? $"{FirstName} {LastName}" : "(details removed)";

    /// <summary>Age in whole years on a day.</summary>
    public int? AgeOn(DateOnly day) => DateOfBirth is { } born ? ConsentRules.Age(born, day) : null;

    public string AuditRecordType => "PreventCase";

    public string AuditRecordId => Id.ToString();
}
