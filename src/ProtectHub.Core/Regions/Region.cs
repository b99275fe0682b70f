namespace ProtectHub.Core.Regions;

/// <summary>A policing region served by one Regional Organised Crime Unit (or London).</summary>
public sealed class Region
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string UnitName { get; set; }
    public List<Force> Forces { get; init; } = [];
}
