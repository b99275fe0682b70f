namespace ProtectHub.Core.Engagements;

public enum EngagementKind
{
    Presentation,
    Briefing,
    Workshop,
    Exercise,
    Webinar,
    ConferenceStand,
    OneToOneAdvice,
    VictimGroupSession,
    MediaPost,

    /// <summary>Continuing professional development run for force practitioners (safeguarding staff, call handlers): attendees earn CPD hours.</summary>
    CpdEvent,
    Other,
}
