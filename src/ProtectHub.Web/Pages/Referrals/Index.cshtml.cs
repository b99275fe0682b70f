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
public sealed class IndexModel(ReferralQueue queue, ReferralAssignment assignment, Core.Access.ActingScope acting, IAuthorizationService authorization) : PageModel
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

    /// <summary>The column sorted by (priority when not given or not known) and the direction, "asc" or "desc".</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "dir")]
    public string? Dir { get; set; }

    public ReferralSort SortedBy { get; private set; } = ReferralSort.Priority;
    public bool Descending { get; private set; } = true;

    /// <summary>Supervisors' choice of officer for the selected referrals.</summary>
    public IReadOnlyList<SelectListItem> Assignees { get; private set; } = [];

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
        SortedBy = Enum.TryParse<ReferralSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : ReferralSort.Priority;
        // Priority and dates read best largest or latest first; names and categories A to Z.
        Descending = Dir is "asc" or "desc" ? Dir == "desc" : SortedBy == ReferralSort.Priority;
        (Items, Total) = await queue.SearchAsync(new ReferralSearch
        {
            Sort = SortedBy,
            Descending = Descending,
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
        PageHrefFormat = PageLinks.Format([.. Filters, ("sort", SortedBy == ReferralSort.Priority && Descending ? null : SortedBy.ToString().ToLowerInvariant()), ("dir", SortedBy == ReferralSort.Priority && Descending ? null : Descending ? "desc" : "asc")]);
        var region = acting.Current.RegionCode;
        Forces = ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(region).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
        CanSupervise = (await authorization.AuthorizeAsync(User, Policies.SuperviseReferrals)).Succeeded;
        if (CanSupervise)
        {
            Assignees = (await assignment.BulkAssigneesAsync()).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        }
        CanManageRules = (await authorization.AuthorizeAsync(User, Policies.ManageReferralRules)).Succeeded;
    }

    private (string Key, string? Value)[] Filters => [("Q", Q), ("Force", Force), ("Team", Team), ("Status", Status), ("Assigned", Assigned), ("Overdue", Overdue ? "true" : null)];

    /// <summary>A column heading's link: sorted by it, the other way round if it already is; back to the first page.</summary>
    public string SortHref(ReferralSort column)
    {
        var descending = SortedBy == column ? !Descending : column == ReferralSort.Priority;
        return "?page=1" + PageLinks.Query([.. Filters, ("sort", column.ToString().ToLowerInvariant()), ("dir", descending ? "desc" : "asc")]);
    }

    /// <summary>The heading's aria-sort: how the table is sorted by it, or none.</summary>
    public string AriaSort(ReferralSort column) => SortedBy != column ? "none" : Descending ? "descending" : "ascending";
}
