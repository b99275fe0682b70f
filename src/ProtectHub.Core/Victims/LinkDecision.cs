namespace ProtectHub.Core.Victims;

public enum LinkDecision
{
    Suggested,
    Confirmed,
    Rejected,
}
