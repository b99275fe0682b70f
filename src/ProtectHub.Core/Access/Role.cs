namespace ProtectHub.Core.Access;

/// <summary>The roles a ProtectHub user can hold. Stored by name, so the order here never matters.</summary>
public enum Role
{
    Officer,
    Supervisor,
    Coordinator,
    HeadOfUnit,
    RegionalAdministrator,
    NationalCoordinator,
    SystemAdministrator,
}
