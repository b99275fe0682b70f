namespace ProtectHub.Core.Access;

/// <summary>
/// An entity that belongs to one region. Every such entity gets the central region query filter in
/// <see cref="Data.ProtectHubDbContext"/>, so a page never has to remember a <c>Where</c> on region.
/// </summary>
public interface IRegionOwned
{
    string RegionCode { get; }
}
