namespace ProtectHub.Core.Victims;

public enum VictimType
{
    Individual,
    Organisation,
}
