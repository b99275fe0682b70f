namespace ProtectHub.Core.Registrations;

/// <summary>What the public sign-up page tells the person: a place, the waiting list, or (for an address already registered) nothing new.</summary>
public enum RegistrationOutcome
{
    Confirmed,
    WaitingList,
    AlreadyRegistered,
}
