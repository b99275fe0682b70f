namespace ProtectHub.Core.Access;

/// <summary>The fields an administrator sets on a user, shared by creating and changing one.</summary>
public sealed record UserDetails
{
    public string DisplayName { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string HomeForceCode { get; init; } = "";
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<Team> Teams { get; init; } = [];
    public VettingLevel? VettingLevel { get; init; }
    public DateOnly? VettingExpiresOn { get; init; }
}
