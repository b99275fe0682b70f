using ProtectHub.Core.Access;

namespace ProtectHub.Core.Performance;

/// <summary>
/// How many businesses a force area has in a sector (from the ONS business counts a coordinator loads as CSV): the
/// denominator of "reach against the business population".
/// </summary>
public sealed class BusinessPopulation : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string ForceCode { get; set; } = "";

    /// <summary>UK SIC 2007 section, A to U.</summary>
    public char Sector { get; set; }

    public int Businesses { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public string LoadedBy { get; set; } = "";
}
