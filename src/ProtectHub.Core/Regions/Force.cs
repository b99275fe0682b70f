namespace ProtectHub.Core.Regions;

/// <summary>A territorial police force of England and Wales.</summary>
public sealed class Force
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
}
