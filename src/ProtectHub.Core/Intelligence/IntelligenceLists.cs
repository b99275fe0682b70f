namespace ProtectHub.Core.Intelligence;

/// <summary>The 3x5x2 source evaluation: how far the source has proved reliable.</summary>
public enum SourceEvaluation
{
    Reliable = 1,
    Untested = 2,
    NotReliable = 3,
}

/// <summary>The 3x5x2 intelligence assessment: how the source came to know it.</summary>
public enum IntelligenceAssessment
{
    A,
    B,
    C,
    D,
    E,
}

/// <summary>The 3x5x2 handling code: P lawful sharing permitted; C lawful sharing permitted with conditions, which are written.</summary>
public enum HandlingCode
{
    P,
    C,
}

public enum IntelligenceSourceType
{
    IndustryPartner,
    Victim,
    OpenSource,
    OfficerObservation,
    PreventCasework,
    OtherAgency,
}

public enum IntelligenceStatus
{
    Draft,
    SubmittedForQa,
    Approved,
    Disseminated,
}

public enum ThreatCategory
{
    Phishing,
    Ransomware,
    BusinessEmailCompromise,
    AccountTakeover,
    DataBreach,
    DenialOfService,
    Malware,
    InvestmentFraud,
    RomanceFraud,
    ImpersonationFraud,
    PurchaseFraud,
    Sextortion,
    InsiderThreat,
    Other,
}

public enum DisseminationDestination
{
    ForceIntelligenceUnit,
    NationalBureau,
    AnotherRegion,
    AnotherAgency,
}

public enum RequirementPriority
{
    High,
    Medium,
    Low,
}

/// <summary>What an industry partner reports through their secure link.</summary>
public enum IndustrySubmissionKind
{
    Incident,
    PhishingCampaign,
    SuspiciousActivity,
}

/// <summary>The words people read for each list value.</summary>
public static class IntelligenceNames
{
    public static string Of(SourceEvaluation value) => value switch
    {
        SourceEvaluation.Reliable => "1: Reliable",
        SourceEvaluation.Untested => "2: Untested",
        _ => "3: Not reliable",
    };

    public static string Of(IntelligenceAssessment value) => value switch
    {
        IntelligenceAssessment.A => "A: Known directly to the source",
        IntelligenceAssessment.B => "B: Known indirectly to the source but corroborated",
        IntelligenceAssessment.C => "C: Known indirectly to the source",
        IntelligenceAssessment.D => "D: Not known",
        _ => "E: Suspected to be false or malicious",
    };

    public static string Of(HandlingCode value) => value == HandlingCode.P
        ? "P: Lawful sharing permitted"
        : "C: Lawful sharing permitted with conditions";

    public static string Of(IntelligenceSourceType value) => value switch
    {
        IntelligenceSourceType.IndustryPartner => "Industry partner",
        IntelligenceSourceType.Victim => "Victim",
        IntelligenceSourceType.OpenSource => "Open source",
        IntelligenceSourceType.OfficerObservation => "Officer's own observation",
        IntelligenceSourceType.PreventCasework => "Prevent casework",
        _ => "Another agency",
    };

    public static string Of(IntelligenceStatus value) => value switch
    {
        IntelligenceStatus.Draft => "Draft",
        IntelligenceStatus.SubmittedForQa => "Submitted for quality assurance",
        IntelligenceStatus.Approved => "Approved",
        _ => "Disseminated",
    };

    public static string Of(ThreatCategory value) => value switch
    {
        ThreatCategory.BusinessEmailCompromise => "Business email compromise",
        ThreatCategory.AccountTakeover => "Account takeover",
        ThreatCategory.DataBreach => "Data breach",
        ThreatCategory.DenialOfService => "Denial of service",
        ThreatCategory.InvestmentFraud => "Investment fraud",
        ThreatCategory.RomanceFraud => "Romance fraud",
        ThreatCategory.ImpersonationFraud => "Impersonation fraud",
        ThreatCategory.PurchaseFraud => "Purchase fraud",
        ThreatCategory.InsiderThreat => "Insider threat",
        _ => value.ToString(),
    };

    public static string Of(DisseminationDestination value) => value switch
    {
        DisseminationDestination.ForceIntelligenceUnit => "Force intelligence unit",
        DisseminationDestination.NationalBureau => "National bureau",
        DisseminationDestination.AnotherRegion => "Another region",
        _ => "Another agency",
    };

    public static string Of(IndustrySubmissionKind value) => value switch
    {
        IndustrySubmissionKind.Incident => "A cyber incident",
        IndustrySubmissionKind.PhishingCampaign => "A phishing campaign",
        _ => "Suspicious activity",
    };

    /// <summary>The grading as officers write it: "2/B/P".</summary>
    public static string Grading(IntelligenceReport report) =>
        report.SourceEvaluation is { } s && report.Assessment is { } a && report.Handling is { } h ? $"{(int)s}/{a}/{h}" : "Not graded";
}
