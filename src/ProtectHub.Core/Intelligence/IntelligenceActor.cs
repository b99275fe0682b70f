using ProtectHub.Core.Access;

namespace ProtectHub.Core.Intelligence;

/// <summary>Who is working on intelligence: their teams decide what of a report they see, their role whether they may approve.</summary>
public sealed record IntelligenceActor(Guid Id, string Name, IReadOnlySet<Team> Teams, bool IsSupervisor);

/// <summary>
/// What of a report a member of the region may see. The source only within the owning team; the full text within the
/// owning team, or across the region's intelligence users when the handling code is P (lawful sharing permitted).
/// Everyone else reads the sanitised text.
/// </summary>
public static class IntelligenceAccess
{
    public static bool MaySeeSource(IntelligenceReport report, IntelligenceActor actor) => actor.Teams.Contains(report.OwningTeam);

    public static bool MayReadFullText(IntelligenceReport report, IntelligenceActor actor) =>
        actor.Teams.Contains(report.OwningTeam) || report.Handling == HandlingCode.P;

    /// <summary>Drafts are written and corrected by the owning team.</summary>
    public static bool MayEdit(IntelligenceReport report, IntelligenceActor actor) => actor.Teams.Contains(report.OwningTeam);
}
