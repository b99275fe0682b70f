namespace ProtectHub.Core.Access;

/// <summary>
/// UK police and national security vetting levels, lowest first: Non Police Personnel Vetting, Recruitment Vetting,
/// Security Check, Management Vetting, Developed Vetting.
/// </summary>
public enum VettingLevel
{
    NPPV,
    RV,
    SC,
    MV,
    DV,
}
