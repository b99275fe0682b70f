namespace ProtectHub.Core.Partners;

/// <summary>What an officer enters about an organisation, for creating and changing one.</summary>
public sealed record OrganisationDetails
{
    public string Name { get; init; } = "";
    public OrganisationKind? Kind { get; init; }
    public char? Sector { get; init; }
    public SizeBand? Size { get; init; }
    public string ForceCode { get; init; } = "";
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? Town { get; init; }
    public string? Postcode { get; init; }
    public string? Website { get; init; }
    public string? CompaniesHouseNumber { get; init; }
}
