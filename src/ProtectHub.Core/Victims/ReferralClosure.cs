namespace ProtectHub.Core.Victims;

/// <summary>Why a referral was closed.</summary>
public enum ReferralClosure
{
    AdviceGiven,
    Uncontactable,
    Declined,
    AlreadyResolved,
}
