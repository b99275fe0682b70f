using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Lessons;

public enum LessonStatus
{
    Draft,
    SubmittedForReview,
    Published,
    Withdrawn,
}

/// <summary>
/// What an investigation taught about preventing the next attack, written for the national library. It must hold no
/// personal data (the form warns, and approval is refused while the text looks like it does). Once published every
/// region reads it; only the owning region changes or withdraws it.
/// </summary>
public sealed class Lesson : IRegionOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The operation's name as it may be shared (sanitised: never a suspect's or victim's name).</summary>
    public string? OperationName { get; set; }
    public string Offence { get; set; } = "";
    public ThreatCategory AttackType { get; set; }
    public string AttackPath { get; set; } = "";
    public List<string> TechniqueIds { get; set; } = [];
    public string Weakness { get; set; } = "";
    public string Prevention { get; set; } = "";
    public string Advice { get; set; } = "";

    /// <summary>The managed topics the advice belongs to (engagement topics), for the effectiveness review.</summary>
    public List<Guid> TopicIds { get; set; } = [];

    /// <summary>The SIO or officer in the case, as a partner contact when they are one, else by name and role.</summary>
    public Guid? InvestigatorContactId { get; set; }
    public string InvestigatorName { get; set; } = "";
    public TlpMarking Tlp { get; set; }

    public LessonStatus Status { get; set; }
    public Guid CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ReviewReturnReason { get; set; }
    public string? PublishedByName { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }

    /// <summary>Lower-case title, operation, offence, weakness, prevention and advice: what the library's text search reads.</summary>
    public string SearchText { get; set; } = "";

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
}

/// <summary>An engagement that used a lesson, in whichever region: what "used in N engagements across M regions" counts.</summary>
public sealed class LessonUse : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid LessonId { get; set; }

    /// <summary>The region of the engagement (not of the lesson).</summary>
    public string RegionCode { get; set; } = "";
    public Guid EngagementId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";
}

public static class LessonLimits
{
    public const int Title = TextLimits.Line;
    public const int Text = TextLimits.Notes;
}
