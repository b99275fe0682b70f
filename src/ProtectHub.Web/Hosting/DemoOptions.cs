namespace ProtectHub.Web.Hosting;

/// <summary>
/// The Development-only demo: a seeded East Midlands region whose demo users may sign in without MFA. Enabled only when
/// the host environment is Development; nothing in production reads configuration to turn it on.
/// </summary>
public sealed record DemoOptions(bool Enabled)
{
    /// <summary>Set by the seeder: the id of the West Midlands demo user, for trying cross-region access by hand.</summary>
    public Guid? OtherRegionUserId { get; set; }

    public const string RegionCode = "EM";
    public const string Password = "demo-protecthub-2026";
}
