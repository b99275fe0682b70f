namespace ProtectHub.Core.Access;

/// <summary>The regional teams a user can belong to.</summary>
public enum Team
{
    CyberProtect,
    CyberPrevent,
    FraudProtect,
}
