namespace ProtectHub.Linkage;

/// <summary>How the runner reads its CSV inputs.</summary>
/// <param name="SkipBadRows">
/// Skip a record with a malformed quoted value (counted and reported with its line) instead of stopping with an error.
/// </param>
public sealed record LinkageReadOptions(bool SkipBadRows = false)
{
    public static LinkageReadOptions Strict { get; } = new();
}
