namespace ProtectHub.Core.Engagements;

public static class EngagementNames
{
    public static string Of(EngagementKind kind) => kind switch
    {
        EngagementKind.Presentation => "Presentation",
        EngagementKind.Briefing => "Briefing",
        EngagementKind.Workshop => "Workshop",
        EngagementKind.Exercise => "Exercise (for example Exercise in a Box, tabletop)",
        EngagementKind.Webinar => "Webinar",
        EngagementKind.ConferenceStand => "Conference stand",
        EngagementKind.OneToOneAdvice => "One-to-one advice",
        EngagementKind.VictimGroupSession => "Victim group session",
        EngagementKind.MediaPost => "Media or social media post",
        EngagementKind.CpdEvent => "CPD event for force practitioners",
        _ => "Other",
    };

    public static string Of(AudienceType audience) => audience switch
    {
        AudienceType.SmeStaff => "SME staff",
        AudienceType.LargeBusiness => "Large business",
        AudienceType.PublicSector => "Public sector",
        AudienceType.Charity => "Charity",
        AudienceType.EducationStaff => "Education staff",
        AudienceType.StudentsAndYoungPeople => "Students and young people",
        AudienceType.OlderPeople => "Older people",
        AudienceType.GeneralPublic => "General public",
        _ => "Law enforcement",
    };

    public static string Of(EngagementStatus status) => status.ToString();

    /// <summary>The lists as first delivered; administrators add to them.</summary>
    public static readonly string[] StarterTopics =
    [
        "Phishing", "Passwords and multi-factor authentication", "Backups", "Ransomware", "Business email compromise",
        "Social engineering", "Romance fraud", "Investment fraud", "Courier fraud", "Online shopping fraud",
        "Account takeover", "Sextortion", "Patching and updates", "Incident response", "Supply chain security",
    ];

    public static readonly string[] StarterCampaigns =
    [
        "Cyber Aware", "Take Five to Stop Fraud", "Cyber Essentials", "Exercise in a Box", "Little Book of Cyber Scams",
        "Police CyberAlarm", "Stop! Think Fraud", "NCSC Small Business Guide",
    ];
}
