using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Web.Access;

namespace ProtectHub.Web.Pages;

public sealed class IndexModel(Core.Access.ActingScope acting, IAuthorizationService authorization, EngagementDirectory engagements, ProtectHub.Core.Victims.ReferralQueue referrals, ProtectHub.Core.Prevent.CaseClosure prevent,
    ProtectHub.Core.Requests.RequestList requests, ProtectHub.Core.Materials.MaterialLibrary materials, ProtectHub.Core.Training.StaffTraining training, MyFigures myFigures, SharedFigures shared, TimeProvider time) : PageModel
{
    /// <summary>An area on the home page; without a link it is either not built yet or not for the user's role.</summary>
    public sealed record Area(string Name, string Purpose, string? Href, bool Built = true)
    {
        /// <summary>Set when the user's vetting has expired: the areas it closes say so, as their pages do.</summary>
        public bool VettingExpired { get; init; }

        public string Status => Href is not null ? "Available" : !Built ? "Coming soon" : VettingExpired ? "Closed until your vetting is renewed" : "Not for your role";
    }

    public string RegionName { get; private set; } = "";
    public IReadOnlyList<(FollowUpAction Action, string EngagementTitle)> MyActions { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>Referrals assigned to the user whose first contact is overdue (only for those who work referrals).</summary>
    public IReadOnlyList<ProtectHub.Core.Victims.VictimReferral> OverdueReferrals { get; private set; } = [];
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    /// <summary>Prevent follow-up reviews due on the user's closed cases (only for the Cyber Prevent team).</summary>
    public IReadOnlyList<(ProtectHub.Core.Prevent.FollowUpReview Review, string Reference)> PreventReviewsDue { get; private set; } = [];

    /// <summary>Requests assigned to the user past their date (everyone who works requests).</summary>
    public IReadOnlyList<ProtectHub.Core.Requests.AssistanceRequest> OverdueRequests { get; private set; } = [];

    /// <summary>The user's own materials past their review-by date.</summary>
    public IReadOnlyList<ProtectHub.Core.Materials.Material> MaterialsDue { get; private set; } = [];

    /// <summary>The user's own qualifications expiring within 30 days (or expired).</summary>
    public IReadOnlyList<ProtectHub.Core.Training.Qualification> TrainingDue { get; private set; } = [];

    /// <summary>Supervisors: how many requests wait past their triage date.</summary>
    public int RequestsAwaitingTriage { get; private set; }

    public FinancialQuarter Quarter { get; private set; }

    /// <summary>The officer's own figures this quarter (officers and everyone in the region's Protect and Prevent work).</summary>
    public MyFigures.Figures? Mine { get; private set; }

    /// <summary>Supervisors: the team's open and overdue referrals.</summary>
    public IReadOnlyList<ProtectHub.Core.Victims.ReferralQueue.Workload> Team { get; private set; } = [];

    /// <summary>Heads of unit: the region's headline figures this quarter.</summary>
    public ReturnFigures? Region { get; private set; }

    public async Task OnGetAsync()
    {
        var regionCode = User.FindFirst(ProtectHubClaims.Region)?.Value;
        Today = time.UkToday();
        if (Guid.TryParse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var me))
        {
            MyActions = await engagements.OpenActionsOfAsync(me);
        }

        RegionName = ProtectHub.Core.Regions.PoliceReferenceData.RegionName(regionCode);
        var canWorkReferrals = (await authorization.AuthorizeAsync(User, Policies.VictimReferrals)).Succeeded;
        if (canWorkReferrals)
        {
            OverdueReferrals = await referrals.OverdueForAsync(me);
        }

        var canWorkPrevent = (await authorization.AuthorizeAsync(User, Policies.Prevent)).Succeeded;
        if (canWorkPrevent)
        {
            PreventReviewsDue = await prevent.DueForAsync(me);
        }

        var canWorkRequests = (await authorization.AuthorizeAsync(User, Policies.Requests)).Succeeded;
        if (canWorkRequests)
        {
            OverdueRequests = await requests.OverdueForAsync(me);
            MaterialsDue = await materials.DueForReviewForAsync(me);
            TrainingDue = await training.ExpiringForAsync(me);
        }

        if ((await authorization.AuthorizeAsync(User, Policies.SuperviseRequests)).Succeeded)
        {
            RequestsAwaitingTriage = await requests.AwaitingTriageOverdueAsync();
        }

        var canViewPerformance = (await authorization.AuthorizeAsync(User, Policies.Performance)).Succeeded;
        Quarter = FinancialQuarter.Containing(time.UkToday());
        if (canViewPerformance)
        {
            Mine = await myFigures.ForAsync(me, Quarter);
        }

        if ((await authorization.AuthorizeAsync(User, Policies.SuperviseReferrals)).Succeeded)
        {
            Team = await referrals.WorkloadAsync();
        }

        if (canViewPerformance && User.IsInRole(nameof(ProtectHub.Core.Access.Role.HeadOfUnit)))
        {
            Region = await shared.RegionAsync(acting.Current, Quarter);
        }

        var canManageUsers = (await authorization.AuthorizeAsync(User, Policies.ManageUsers)).Succeeded;
        var canViewAudit = (await authorization.AuthorizeAsync(User, Policies.ViewAuditLog)).Succeeded;
        var canViewNational = (await authorization.AuthorizeAsync(User, Policies.ViewNationalFigures)).Succeeded;
        var canUsePartners = (await authorization.AuthorizeAsync(User, Policies.Partners)).Succeeded;
        var canManageLists = (await authorization.AuthorizeAsync(User, Policies.ManageLists)).Succeeded;
        async Task<string?> IfAllowed(string policy, string href) => (await authorization.AuthorizeAsync(User, policy)).Succeeded ? href : null;
        var areas = new List<Area>
        {
            new("Regions and forces", "The regions, units and forces ProtectHub serves", "/regions"),
            new("Partners", "Organisations and contacts: memberships, consent, timeline", canUsePartners ? "/partners/organisations" : null),
            new("Engagements", "Presentations, exercises and events: plan, deliver, follow up", canUsePartners ? "/engagements" : null),
            new("Your calendar feed", "Your engagements in Outlook, Google Calendar or your phone", "/calendar"),
            new("Victim referrals", "Contacting and advising victims of cybercrime and fraud", canWorkReferrals ? "/referrals" : null),
            new("Prevent", "Young people on the edge of cybercrime: consultations, referrals, interventions, reviews", canWorkPrevent ? "/prevent" : null),
            new("Intelligence", "Graded 3x5x2 intelligence reports, requirements and industry submissions", await IfAllowed(Policies.Intelligence, "/intelligence")),
            new("Lessons learnt", "Lessons from investigations and the national library", await IfAllowed(Policies.Lessons, "/lessons")),
            new("Threat advisories", "TLP-marked advisories to partners, acknowledged", await IfAllowed(Policies.Advisories, "/advisories")),
            new("Requests for assistance", "Requests and taskings: triage, the work, the tasking board", canWorkRequests ? "/requests" : null),
            new("Campaigns", "Regional campaigns: posts, press, engagements, results and a calendar", await IfAllowed(Policies.Campaigns, "/campaigns")),
            new("Training", "Your qualifications and CPD; your team's training matrix", await IfAllowed(Policies.Training, "/training")),
            new("Materials library", "Presentations, leaflets, exercise packs and videos, with every version kept", await IfAllowed(Policies.Materials, "/materials")),
            new("Performance", "Figures, delivery plans, quarterly returns and effectiveness", canViewPerformance ? "/performance" : null),
        };
        // Areas that depend on a role appear only for those who hold it.
        if (canManageUsers)
        {
            areas.Add(new("Users", "Create and manage users of your region", "/admin/users"));
        }

        if (canViewAudit)
        {
            areas.Add(new("Audit log", "Who viewed or changed personal data", "/admin/audit"));
        }

        if (canManageLists)
        {
            areas.Add(new("Topics and campaigns", "The lists officers choose from when recording engagements", "/admin/lists"));
        }

        if (canViewNational)
        {
            areas.Add(new("National picture", "Figures across every region, without personal records", "/national"));
        }

        // Vetting that has expired closes every area holding personal data (issue 21, bug 11): say that, not "not for your role".
        var vettingExpired = !(await authorization.AuthorizeAsync(User, Policies.Restricted)).Succeeded;
        Areas = areas.Select(a => a with { VettingExpired = vettingExpired }).ToList();
    }
}
