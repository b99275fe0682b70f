using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Requests;

/// <summary>Who asked: the Cyber Resilience Centre, a force, a partner organisation, a national agency or the public.</summary>
public enum RequestSource
{
    CyberResilienceCentre,
    Force,
    PartnerOrganisation,
    NationalAgency,
    Public,
}

public enum RequestCategory
{
    TalkOrBriefing,
    Exercise,
    IncidentSupport,
    VictimFollowUp,
    Media,
    Other,
}

/// <summary>How soon it matters; each has a service level in working days (<see cref="RequestServiceLevels"/>).</summary>
public enum RequestUrgency
{
    Urgent,
    High,
    Normal,
    Low,
}

public enum RequestStatus
{
    /// <summary>Waiting for a supervisor's triage.</summary>
    New,
    Accepted,
    Declined,
    Redirected,
    Done,
}

/// <summary>
/// A request for assistance or a tasking: what is asked, by whom, how urgently, and what became of it. The requester's
/// name and email are personal data (audited on every read and change).
/// </summary>
public sealed class AssistanceRequest : IRegionOwned, IPersonalData, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Reference { get; set; } = "";
    public RequestSource Source { get; set; }
    public RequestCategory Category { get; set; }
    public RequestUrgency Urgency { get; set; }
    public string Title { get; set; } = "";
    public string Details { get; set; } = "";

    /// <summary>The partner organisation asking (or on whose behalf), when it is one of the region's.</summary>
    public Guid? OrganisationId { get; set; }
    public string? OrganisationName { get; set; }
    public string RequesterName { get; set; } = "";
    public string? RequesterEmail { get; set; }
    public string? RequesterPhone { get; set; }

    /// <summary>The date the requester needs it by, if they said.</summary>
    public DateOnly? NeededBy { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Triage is due by this UK date (the urgency's service level in working days).</summary>
    public DateOnly TriageBy { get; set; }

    /// <summary>The work is due by this UK date: the date needed if given, else the urgency's service level.</summary>
    public DateOnly CompleteBy { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>
    /// What the request waits for next, as one date the lists sort and filter by (and index): the triage date while new,
    /// the completion date while accepted; null once closed. Kept by <see cref="RefreshDueOn"/> on every change of status.
    /// </summary>
    public DateOnly? DueOn { get; set; }

    public Guid? AssignedOfficerId { get; set; }
    public string? AssignedOfficerName { get; set; }
    public Team? AssignedTeam { get; set; }
    public DateTimeOffset? TriagedAt { get; set; }
    public string? TriagedByName { get; set; }

    /// <summary>Why it was declined, or where it was redirected and why.</summary>
    public string? TriageReason { get; set; }
    public string? RedirectedTo { get; set; }

    /// <summary>The engagement that answers it (a talk, an exercise), linked both ways.</summary>
    public Guid? EngagementId { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? DoneByName { get; set; }

    /// <summary>The partner link it came through, if any.</summary>
    public Guid? LinkId { get; set; }
    public string CreatedByName { get; set; } = "";

    /// <summary>When the requester was last emailed, and about what (accepted, declined, redirected, done).</summary>
    public DateTimeOffset? LastEmailedAt { get; set; }
    public string? LastEmailed { get; set; }

    /// <summary>Lower-case reference, title, organisation and requester: what the list's search reads.</summary>
    public string SearchText { get; set; } = "";

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    public string AuditRecordType => "AssistanceRequest";

    public string AuditRecordId => Id.ToString();

    public bool IsOpen => Status is RequestStatus.New or RequestStatus.Accepted;

    public void RefreshDueOn() => DueOn = Status switch
    {
        RequestStatus.New => TriageBy,
        RequestStatus.Accepted => CompleteBy,
        _ => null,
    };

    /// <summary>Past its triage date while new, or past its completion date while accepted.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today;
}

/// <summary>Work recorded against a request: what was done, by whom, and the time it took.</summary>
public sealed class RequestNote : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public string RegionCode { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string ByName { get; set; } = "";
    public string Text { get; set; } = "";
    public int? Minutes { get; set; }
}
