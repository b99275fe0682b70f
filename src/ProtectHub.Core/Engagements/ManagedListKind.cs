namespace ProtectHub.Core.Engagements;

public enum ManagedListKind
{
    Topic,
    Campaign,
}
