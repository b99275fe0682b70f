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

/// <summary>Attempts that did not reach the victim: they count towards "uncontactable"; any other outcome is first contact.</summary>
public static class ContactOutcomes
{
    public static readonly ContactOutcome[] Failed = [ContactOutcome.NoAnswer, ContactOutcome.VoicemailLeft, ContactOutcome.WrongDetails];
}
