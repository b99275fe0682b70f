using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>The supervisor's view: open referrals per officer, with overdue and safeguarding ones counted.</summary>
public sealed class WorkloadModel(ReferralQueue queue) : PageModel
{
    public IReadOnlyList<ReferralQueue.Workload> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await queue.WorkloadAsync();
}
