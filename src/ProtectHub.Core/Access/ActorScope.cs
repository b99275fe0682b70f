namespace ProtectHub.Core.Access;

/// <summary>
/// Who is acting and which region's records they may see. Resolved once per request (web) or per command (CLI),
/// read by the region query filters and by the audit log.
/// </summary>
public sealed record ActorScope
{
    /// <summary>The person acting, or null for the system itself (start-up, migrations, anonymous sign-in look-ups).</summary>
    public Guid? UserId { get; init; }

    public string ActorName { get; init; } = "system";

    /// <summary>When true, region-owned records are visible only if their region equals <see cref="RegionCode"/>.</summary>
    public bool RestrictToRegion { get; init; }

    /// <summary>The region whose records are visible. Empty when no personal record may be seen (National Coordinator).</summary>
    public string RegionCode { get; init; } = "";

    public string? CorrelationId { get; init; }

    public static ActorScope System(string name = "system") => new() { ActorName = name };

    /// <summary>
    /// The scope for a signed-in user: System Administrators see every region, National Coordinators see aggregate
    /// figures only (no personal record of any region), everyone else sees their own region.
    /// </summary>
    public static ActorScope ForUser(Guid userId, string name, string regionCode, IReadOnlyCollection<Role> roles, string? correlationId)
    {
        if (roles.Contains(Role.SystemAdministrator))
        {
            return new ActorScope { UserId = userId, ActorName = name, RegionCode = regionCode, CorrelationId = correlationId };
        }

        var visibleRegion = roles.Contains(Role.NationalCoordinator) && roles.Count == 1 ? "" : regionCode;
        return new ActorScope
        {
            UserId = userId,
            ActorName = name,
            RestrictToRegion = true,
            RegionCode = visibleRegion,
            CorrelationId = correlationId,
        };
    }
}
