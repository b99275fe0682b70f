using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Requests;
using ProtectHub.Core.Victims;
using ProtectHub.Web.Access;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>
/// The supervisor's view of the team's work: open referrals per officer, with overdue and safeguarding ones counted,
/// and, for supervisors of requests for assistance, the accepted requests per officer with the overdue ones (the
/// tasking board's figures, so both views agree).
/// </summary>
public sealed class WorkloadModel(ReferralQueue queue, RequestList requests, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ReferralQueue.Workload> Rows { get; private set; } = [];

    /// <summary>Requests in progress by officer or team; null when the user does not supervise requests.</summary>
    public TaskingBoard? Requests { get; private set; }

    public async Task OnGetAsync()
    {
        Rows = await queue.WorkloadAsync();
        if ((await authorization.AuthorizeAsync(User, Policies.SuperviseRequests)).Succeeded)
        {
            Requests = await requests.BoardAsync();
        }
    }
}
