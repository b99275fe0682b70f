using ProtectHub.Core.Access;

namespace ProtectHub.Core.Engagements;

/// <summary>A Protect or Prevent activity: a presentation, exercise, webinar, one-to-one advice, and so on.</summary>
public sealed class Engagement : IRegionOwned, Data.IVersioned
{
    /// <summary>Goes up by one on every save; an edit based on an older version is refused (see <see cref="Data.IVersioned"/>).</summary>
    public long Version { get; set; }

    public Guid? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>
    /// The title in lower case, worked out by the database (a stored generated column): searches compare against it
    /// without calling lower() on every title they pass, which was most of the cost of counting a common word.
    /// </summary>
    public string SearchTitle { get; private set; } = "";
    public EngagementKind Kind { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public bool IsOnline { get; set; }
    public string? Venue { get; set; }

    /// <summary>The force area it took place in (for online events, the lead officer's home force).</summary>
    public string ForceCode { get; set; } = "";

    public Team Team { get; set; }
    public Guid LeadOfficerId { get; set; }
    public string LeadOfficerName { get; set; } = "";
    public List<AudienceType> AudienceTypes { get; set; } = [];
    public List<Guid> TopicIds { get; set; } = [];
    public List<Guid> CampaignIds { get; set; } = [];

    /// <summary>Organisations that attended or received it (links to partner records of the same region).</summary>
    public List<Guid> OrganisationIds { get; set; } = [];

    public EngagementStatus Status { get; set; }
    public int? PeopleReached { get; set; }
    public string? KeyLearning { get; set; }
    public string? CancellationReason { get; set; }
    public DateTimeOffset? DeliveredRecordedAt { get; set; }

    /// <summary>The supervisor who reviewed the delivered engagement (never its lead officer), when, and what they said to the officer.</summary>
    public Guid? ReviewedById { get; set; }

    public string? ReviewedByName { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewComments { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The unguessable part of the public feedback link, set when the officer issues the form.</summary>
    public string? FeedbackToken { get; set; }

    /// <summary>Officers helping the lead; the event is in their calendars too.</summary>
    public List<Guid> SupportingOfficerIds { get; set; } = [];

    /// <summary>UK SIC 2007 sections (A to U) of the audience.</summary>
    public List<string> Sectors { get; set; } = [];

    /// <summary>The unguessable part of the public sign-up page, set when the officer opens registration.</summary>
    public string? RegistrationToken { get; set; }

    /// <summary>Places available; later sign-ups join the waiting list. Null for no limit.</summary>
    public int? Capacity { get; set; }

    public bool RegistrationClosed { get; set; }

    /// <summary>For a CPD event: the CPD hours each attendee earns, set when its delivery is recorded.</summary>
    public decimal? CpdHours { get; set; }
}
