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
    Other,
}
