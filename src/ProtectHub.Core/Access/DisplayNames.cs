namespace ProtectHub.Core.Access;

/// <summary>Plain-English names for access enums, so every page and export says the same thing.</summary>
public static class DisplayNames
{
    public static string Of(Role role) => role switch
    {
        Role.Officer => "Officer",
        Role.Supervisor => "Supervisor",
        Role.Coordinator => "Coordinator",
        Role.HeadOfUnit => "Head of Unit",
        Role.RegionalAdministrator => "Regional Administrator",
        Role.NationalCoordinator => "National Coordinator",
        Role.SystemAdministrator => "System Administrator",
        _ => role.ToString(),
    };

    public static string Of(Team team) => team switch
    {
        Team.CyberProtect => "Cyber Protect",
        Team.CyberPrevent => "Cyber Prevent",
        Team.FraudProtect => "Fraud Protect",
        _ => team.ToString(),
    };

    public static string Of(VettingLevel level) => level switch
    {
        VettingLevel.NPPV => "NPPV (Non Police Personnel Vetting)",
        VettingLevel.RV => "RV (Recruitment Vetting)",
        VettingLevel.SC => "SC (Security Check)",
        VettingLevel.MV => "MV (Management Vetting)",
        VettingLevel.DV => "DV (Developed Vetting)",
        _ => level.ToString(),
    };
}
