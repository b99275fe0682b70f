namespace ProtectHub.Core.Victims;

/// <summary>What came of one attempt to contact a victim. Only <see cref="AdviceGiven"/> counts as contact made.</summary>
public enum ContactOutcome
{
    AdviceGiven,
    NoAnswer,
    VoicemailLeft,
    WrongDetails,
    Declined,
    AlreadyResolved,
}
