using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>The referral queues: by force, team and status, highest priority first, overdue ones marked.</summary>
public sealed class IndexModel(ReferralQueue queue, ProtectHubDbContext db, IAuthorizationService authorization) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Force { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>"mine", "unassigned" or empty for everyone's.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<VictimReferral> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";
    public DateOnly Today { get; private set; }
    public bool CanSupervise { get; private set; }
    public bool CanManageRules { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Teams { get; } = [new("Cyber Protect", nameof(Core.Access.Team.CyberProtect)), new("Fraud Protect", nameof(Core.Access.Team.FraudProtect))];
    public IReadOnlyList<SelectListItem> Statuses { get; } = Enum.GetValues<ReferralStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Assignments { get; } = [new("Assigned to me", "mine"), new("Not assigned", "unassigned")];

    public async Task OnGetAsync()
    {
        PageNumber = ProtectHub.Core.Data.Paging.ClampPage(PageNumber, PageSize);
        Today = queue.Today;
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        (Items, Total) = await queue.SearchAsync(new ReferralSearch
        {
            Text = Q,
            ForceCode = Force,
            Team = Enum.TryParse<Team>(Team, out var team) ? team : null,
            Status = Enum.TryParse<ReferralStatus>(Status, out var status) ? status : null,
            AssignedTo = Assigned == "mine" ? me : null,
            UnassignedOnly = Assigned == "unassigned",
            OverdueOnly = Overdue,
            Page = PageNumber,
            PageSize = PageSize,
        });
        TotalPages = Math.Max(1, (Math.Min(Total, ProtectHub.Core.Data.Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q), ("Force", Force), ("Team", Team), ("Status", Status), ("Assigned", Assigned), ("Overdue", Overdue ? "true" : null));
        var region = db.Scope.RegionCode;
        Forces = ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(region).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
        CanSupervise = (await authorization.AuthorizeAsync(User, Policies.SuperviseReferrals)).Succeeded;
        CanManageRules = (await authorization.AuthorizeAsync(User, Policies.ManageReferralRules)).Succeeded;
    }
}
