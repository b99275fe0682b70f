namespace ProtectHub.Core.Prevent;

/// <summary>Who referred the young person (or asked for a consultation).</summary>
public enum PreventSource
{
    Force,
    SchoolOrCollege,
    ParentOrCarer,
    Self,
    NationalAgencyOperation,
    Industry,
    YouthJustice,
    SocialCare,
    Health,
}

/// <summary>Age bands used by consultations (no date of birth is taken before a referral) and by the anonymised figures.</summary>
public enum AgeBand
{
    Under11,
    From11To13,
    From14To15,
    From16To17,
    From18To24,
    Over24,
}

/// <summary>The behaviour of concern, from the national Cyber Choices list.</summary>
public enum ConcernBehaviour
{
    DdosOrBooter,
    AccountTakeover,
    Hacking,
    MalwareOrRats,
    GameCheatsSold,
    CredentialStuffing,
    Carding,
    Doxxing,
    Swatting,
    WebsiteDefacement,
    Other,
}

/// <summary>How far the behaviour has gone.</summary>
public enum BehaviourLevel
{
    Interest,
    LowLevelMisuse,
    Offending,
}

public enum OnlinePlatform
{
    Discord,
    Steam,
    Xbox,
    PlayStation,
    Roblox,
    Telegram,
    GitHub,
    Forum,
    Other,
}

/// <summary>Where the behaviour came to notice.</summary>
public enum PreventSetting
{
    School,
    College,
    Home,
    Online,
    Other,
}

public enum ConsultationDecision
{
    NotSuitable,
    AdviceGiven,
    ProceedToReferral,
}

/// <summary>
/// Where a case is: nothing may be done with the young person until a supervisor has checked they are not part of an
/// active investigation (deconfliction), then consent is needed before any intervention.
/// </summary>
public enum PreventCaseStatus
{
    AwaitingDeconfliction,
    ReadyForContact,
    Active,
    Closed,
}

public enum DeconflictionOutcome
{
    /// <summary>Not known to any investigation or intelligence operation: Prevent may go ahead.</summary>
    Clear,
    ActiveInvestigation,
    IntelligenceOperation,
}

/// <summary>Who gave consent to work with the young person.</summary>
public enum ConsentGivenBy
{
    ParentOrCarer,
    Subject,
}

public enum SafeguardingRoute
{
    ForceMash,
    SchoolDsl,
    SocialCare,
    Other,
}

public enum InterventionKind
{
    HomeOrSchoolVisit,
    WarningLetter,
    EducationSession,
    Mentoring,
    PositivePathway,
    ReferralToAnotherService,
    GroupSessionAtSchool,
}

/// <summary>How the young person responded to an intervention.</summary>
public enum SubjectResponse
{
    Engaged,
    PartlyEngaged,
    Declined,
    DidNotAttend,
}

public enum PreventOutcome
{
    EngagedAndCompleted,
    EngagedNotCompleted,
    Declined,
    NotContactable,
    ReferredOn,
    SubjectToInvestigation,
}

public enum Neurodiversity
{
    Autism,
    Adhd,
    Dyslexia,
    Other,
}

public enum DiagnosisStatus
{
    Diagnosed,
    Suspected,
}

/// <summary>
/// The lawful basis for holding special category data about the young person (UK GDPR article 9 and the Data
/// Protection Act 2018): chosen explicitly each time, never assumed.
/// </summary>
public enum SpecialCategoryBasis
{
    SafeguardingChildren,
    PreventingUnlawfulActs,
    ExplicitConsent,
    LawEnforcementStrictlyNecessary,
}

public enum ReviewKind
{
    SixMonths,
    TwelveMonths,
}

/// <summary>A yes, no or not known answer of a follow-up review.</summary>
public enum ReviewAnswer
{
    No,
    Yes,
    NotKnown,
}

public enum PositiveOutcome
{
    None,
    Course,
    Qualification,
    Job,
    Other,
}

/// <summary>The words users see for each value of the Prevent lists.</summary>
public static class PreventNames
{
    public static string Of(PreventSource source) => source switch
    {
        PreventSource.Force => "Police force",
        PreventSource.SchoolOrCollege => "School or college",
        PreventSource.ParentOrCarer => "Parent or carer",
        PreventSource.Self => "Self-referral",
        PreventSource.NationalAgencyOperation => "National agency operation",
        PreventSource.Industry => "Industry (for example a gaming or hosting company)",
        PreventSource.YouthJustice => "Youth justice",
        PreventSource.SocialCare => "Social care",
        PreventSource.Health => "Health",
        _ => source.ToString(),
    };

    public static string Of(AgeBand band) => band switch
    {
        AgeBand.Under11 => "Under 11",
        AgeBand.From11To13 => "11 to 13",
        AgeBand.From14To15 => "14 to 15",
        AgeBand.From16To17 => "16 to 17",
        AgeBand.From18To24 => "18 to 24",
        AgeBand.Over24 => "25 or over",
        _ => band.ToString(),
    };

    public static AgeBand BandOf(int age) => age switch
    {
        < 11 => AgeBand.Under11,
        < 14 => AgeBand.From11To13,
        < 16 => AgeBand.From14To15,
        < 18 => AgeBand.From16To17,
        < 25 => AgeBand.From18To24,
        _ => AgeBand.Over24,
    };

    public static string Of(ConcernBehaviour behaviour) => behaviour switch
    {
        ConcernBehaviour.DdosOrBooter => "DDoS or booter use",
        ConcernBehaviour.AccountTakeover => "Account takeover",
        ConcernBehaviour.Hacking => "Hacking",
        ConcernBehaviour.MalwareOrRats => "Malware or RATs",
        ConcernBehaviour.GameCheatsSold => "Game cheats and mods sold",
        ConcernBehaviour.CredentialStuffing => "Credential stuffing",
        ConcernBehaviour.Carding => "Carding",
        ConcernBehaviour.Doxxing => "Doxxing",
        ConcernBehaviour.Swatting => "Swatting",
        ConcernBehaviour.WebsiteDefacement => "Website defacement",
        ConcernBehaviour.Other => "Other",
        _ => behaviour.ToString(),
    };

    public static string Of(BehaviourLevel level) => level switch
    {
        BehaviourLevel.Interest => "Interest",
        BehaviourLevel.LowLevelMisuse => "Low-level misuse",
        BehaviourLevel.Offending => "Offending",
        _ => level.ToString(),
    };

    public static string Of(OnlinePlatform platform) => platform switch
    {
        OnlinePlatform.PlayStation => "PlayStation",
        OnlinePlatform.GitHub => "GitHub",
        OnlinePlatform.Forum => "Forum",
        _ => platform.ToString(),
    };

    public static string Of(PreventSetting setting) => setting.ToString();

    public static string Of(ConsultationDecision decision) => decision switch
    {
        ConsultationDecision.NotSuitable => "Not suitable for Prevent",
        ConsultationDecision.AdviceGiven => "Advice given",
        ConsultationDecision.ProceedToReferral => "Proceed to a referral",
        _ => decision.ToString(),
    };

    public static string Of(PreventCaseStatus status) => status switch
    {
        PreventCaseStatus.AwaitingDeconfliction => "Awaiting deconfliction",
        PreventCaseStatus.ReadyForContact => "Ready for contact",
        PreventCaseStatus.Active => "Active",
        PreventCaseStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Of(DeconflictionOutcome outcome) => outcome switch
    {
        DeconflictionOutcome.Clear => "Clear: not part of an investigation or operation",
        DeconflictionOutcome.ActiveInvestigation => "Part of an active investigation",
        DeconflictionOutcome.IntelligenceOperation => "Part of an intelligence operation",
        _ => outcome.ToString(),
    };

    public static string Of(SafeguardingRoute route) => route switch
    {
        SafeguardingRoute.ForceMash => "Force MASH (multi-agency safeguarding hub)",
        SafeguardingRoute.SchoolDsl => "School designated safeguarding lead",
        SafeguardingRoute.SocialCare => "Social care",
        SafeguardingRoute.Other => "Other",
        _ => route.ToString(),
    };

    public static string Of(InterventionKind kind) => kind switch
    {
        InterventionKind.HomeOrSchoolVisit => "Cyber Choices home or school visit",
        InterventionKind.WarningLetter => "Warning (cease and desist) letter",
        InterventionKind.EducationSession => "Education session",
        InterventionKind.Mentoring => "Mentoring",
        InterventionKind.PositivePathway => "Referral to a positive pathway (CyberFirst, capture the flag, course, apprenticeship, cadets)",
        InterventionKind.ReferralToAnotherService => "Referral to another service (CAMHS, youth justice, social care)",
        InterventionKind.GroupSessionAtSchool => "Group session at a school",
        _ => kind.ToString(),
    };

    public static string Of(SubjectResponse response) => response switch
    {
        SubjectResponse.Engaged => "Engaged",
        SubjectResponse.PartlyEngaged => "Partly engaged",
        SubjectResponse.Declined => "Declined",
        SubjectResponse.DidNotAttend => "Did not attend",
        _ => response.ToString(),
    };

    public static string Of(PreventOutcome outcome) => outcome switch
    {
        PreventOutcome.EngagedAndCompleted => "Engaged and completed",
        PreventOutcome.EngagedNotCompleted => "Engaged and not completed",
        PreventOutcome.Declined => "Declined",
        PreventOutcome.NotContactable => "Not contactable",
        PreventOutcome.ReferredOn => "Referred on",
        PreventOutcome.SubjectToInvestigation => "Subject to investigation",
        _ => outcome.ToString(),
    };

    public static string Of(Neurodiversity value) => value switch
    {
        Neurodiversity.Adhd => "ADHD",
        _ => value.ToString(),
    };

    public static string Of(SpecialCategoryBasis basis) => basis switch
    {
        SpecialCategoryBasis.SafeguardingChildren => "Safeguarding of children and individuals at risk (DPA 2018, schedule 1, paragraph 18)",
        SpecialCategoryBasis.PreventingUnlawfulActs => "Preventing or detecting unlawful acts (DPA 2018, schedule 1, paragraph 10)",
        SpecialCategoryBasis.ExplicitConsent => "Explicit consent (UK GDPR article 9(2)(a))",
        SpecialCategoryBasis.LawEnforcementStrictlyNecessary => "Law enforcement, strictly necessary (DPA 2018, section 35 and schedule 8)",
        _ => basis.ToString(),
    };

    public static string Of(ReviewKind kind) => kind == ReviewKind.SixMonths ? "6-month review" : "12-month review";

    public static string Of(ReviewAnswer answer) => answer == ReviewAnswer.NotKnown ? "Not known" : answer.ToString();

    public static string Of(PositiveOutcome outcome) => outcome switch
    {
        PositiveOutcome.None => "None known",
        PositiveOutcome.Course => "A course",
        PositiveOutcome.Qualification => "A qualification",
        PositiveOutcome.Job => "A job or apprenticeship",
        PositiveOutcome.Other => "Other",
        _ => outcome.ToString(),
    };
}
