namespace ProtectHub.Core.Registrations;

/// <summary>A place at an event: confirmed, on the waiting list (the event was full), or cancelled.</summary>
public enum RegistrationStatus
{
    Confirmed,
    WaitingList,
    Cancelled,
}
