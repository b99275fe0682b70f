using Microsoft.AspNetCore.Authorization;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Access;

/// <summary>
/// Named authorization policies. Pages get them by folder in <see cref="Hosting.PageConventions"/>, never one by one,
/// and everything not explicitly anonymous requires a signed-in user (the fallback policy).
/// </summary>
public static class Policies
{
    public const string ManageUsers = "ManageUsers";
    public const string ViewAuditLog = "ViewAuditLog";

    /// <summary>Partners and engagements: the daily work of the region's officers and their managers.</summary>
    public const string Partners = "Partners";

    /// <summary>The shared lists (topics, campaigns) every region picks from: coordinators and system administrators.</summary>
    public const string ManageLists = "ManageLists";

    /// <summary>Figures across every region, never personal records: National Coordinators and System Administrators.</summary>
    public const string ViewNationalFigures = "ViewNationalFigures";

    /// <summary>Areas holding victims' and children's data: a role in a region plus vetting that has not expired.</summary>
    public const string Restricted = "Restricted";

    /// <summary>
    /// Victim referrals: members of the region's Cyber Protect or Fraud Protect teams (officers and their managers),
    /// with vetting that has not expired. System administrators, for support.
    /// </summary>
    public const string VictimReferrals = "VictimReferrals";

    /// <summary>Assigning referrals to others and the team workload view: supervisors and above of those teams.</summary>
    public const string SuperviseReferrals = "SuperviseReferrals";

    /// <summary>The region's triage rules and service level: coordinators.</summary>
    public const string ManageReferralRules = "ManageReferralRules";

    /// <summary>Performance figures, returns and dashboards of the region: its officers and their managers.</summary>
    public const string Performance = "Performance";

    /// <summary>Changing the national metric catalogue: coordinators and system administrators.</summary>
    public const string ManageMetrics = "ManageMetrics";

    /// <summary>
    /// Cyber Prevent casework (children's data): the region's Cyber Prevent team only, officers and their managers with
    /// current vetting. Not Protect teams, not the National Coordinator (who gets anonymised figures), not system
    /// administrators.
    /// </summary>
    public const string Prevent = "Prevent";

    /// <summary>Deconfliction checks and assignment of Prevent cases: the Cyber Prevent team's supervisors and above.</summary>
    public const string SupervisePrevent = "SupervisePrevent";

    /// <summary>
    /// Intelligence reports, requirements and the threat picture of the region: officers and their managers with
    /// current vetting (what of a report each sees depends on their team and its handling code). Not the National
    /// Coordinator (counts only), not system administrators.
    /// </summary>
    public const string Intelligence = "Intelligence";

    /// <summary>
    /// Lessons learnt and the national library: the same people as intelligence. Published lessons are read across
    /// regions (the one deliberate cross-region read); the region's own are changed only by it.
    /// </summary>
    public const string Lessons = "Lessons";

    /// <summary>Threat advisories to partners: officers and their managers with current vetting; approval and issue by supervisors and above.</summary>
    public const string Advisories = "Advisories";

    /// <summary>Quality assurance of intelligence reports: supervisors and above.</summary>
    public const string SuperviseIntelligence = "SuperviseIntelligence";

    /// <summary>The region's own intelligence requirements: coordinators and heads of unit.</summary>
    public const string ManageRequirements = "ManageRequirements";

    /// <summary>Requests for assistance and taskings: every working officer of the region.</summary>
    public const string Requests = "Requests";

    /// <summary>The materials library: every working officer of the region.</summary>
    public const string Materials = "Materials";

    /// <summary>Campaigns: every working officer of the region.</summary>
    public const string Campaigns = "Campaigns";

    /// <summary>Officers' own training records: every working officer of the region.</summary>
    public const string Training = "Training";

    /// <summary>The team's training matrix: supervisors and above.</summary>
    public const string SuperviseTraining = "SuperviseTraining";

    /// <summary>Triage of requests and the tasking board: supervisors and above.</summary>
    public const string SuperviseRequests = "SuperviseRequests";

    public static string ForTeam(Team team) => $"Team:{team}";

    private static bool InProtectTeam(AuthorizationHandlerContext context) =>
        context.User.IsInRole(nameof(Role.SystemAdministrator))
        || context.User.HasClaim(ProtectHubClaims.Team, nameof(Team.CyberProtect))
        || context.User.HasClaim(ProtectHubClaims.Team, nameof(Team.FraudProtect));

    public static void Register(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        // Every area holding personal data (staff, partners' contacts, engagement attendees, victims, performance records
        // that name people) needs vetting that has not expired, as well as the role: enforced here, per policy, never per page.
        options.AddPolicy(ManageUsers, p => p.RequireRole(nameof(Role.RegionalAdministrator), nameof(Role.SystemAdministrator))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(ViewAuditLog, p => p
            .RequireRole(nameof(Role.RegionalAdministrator), nameof(Role.SystemAdministrator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Partners, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator),
            nameof(Role.HeadOfUnit), nameof(Role.SystemAdministrator)).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Performance, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(ManageMetrics, p => p.RequireRole(nameof(Role.Coordinator), nameof(Role.SystemAdministrator)));
        options.AddPolicy(ManageLists, p => p.RequireRole(nameof(Role.Coordinator), nameof(Role.SystemAdministrator)));
        options.AddPolicy(ViewNationalFigures, p => p.RequireRole(nameof(Role.NationalCoordinator), nameof(Role.SystemAdministrator)));
        options.AddPolicy(VictimReferrals, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit), nameof(Role.SystemAdministrator))
            .RequireAssertion(InProtectTeam).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(SuperviseReferrals, p => p
            .RequireRole(nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit), nameof(Role.SystemAdministrator))
            .RequireAssertion(InProtectTeam).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(ManageReferralRules, p => p
            .RequireRole(nameof(Role.Coordinator), nameof(Role.SystemAdministrator))
            .RequireAssertion(InProtectTeam).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Prevent, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .RequireClaim(ProtectHubClaims.Team, nameof(Team.CyberPrevent)).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(SupervisePrevent, p => p
            .RequireRole(nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .RequireClaim(ProtectHubClaims.Team, nameof(Team.CyberPrevent)).AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Intelligence, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Lessons, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Advisories, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(SuperviseIntelligence, p => p
            .RequireRole(nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(ManageRequirements, p => p
            .RequireRole(nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Requests, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Materials, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Campaigns, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Training, p => p
            .RequireRole(nameof(Role.Officer), nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(SuperviseTraining, p => p
            .RequireRole(nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(SuperviseRequests, p => p
            .RequireRole(nameof(Role.Supervisor), nameof(Role.Coordinator), nameof(Role.HeadOfUnit))
            .AddRequirements(new ValidVettingRequirement()));
        options.AddPolicy(Restricted, p => p.RequireAuthenticatedUser().AddRequirements(new ValidVettingRequirement()));
        foreach (var team in Enum.GetValues<Team>())
        {
            options.AddPolicy(ForTeam(team), p => p.RequireClaim(ProtectHubClaims.Team, team.ToString()).AddRequirements(new ValidVettingRequirement()));
        }
    }
}
