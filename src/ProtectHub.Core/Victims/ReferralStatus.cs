namespace ProtectHub.Core.Victims;

/// <summary>New (nobody has it), assigned (an officer has it), contacted (advice given, follow-up may remain), closed.</summary>
public enum ReferralStatus
{
    New,
    Assigned,
    Contacted,
    Closed,
}
