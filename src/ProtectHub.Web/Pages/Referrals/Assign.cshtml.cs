using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>
/// Bulk assignment (supervisors): the referrals selected on the queue and the officer chosen come here, the page says
/// which the officer may work and which not (and why), and the supervisor confirms; then the ones that fit are assigned
/// in one save. Nothing is assigned without the confirmation.
/// </summary>
public sealed class AssignModel(ReferralAssignment assignment) : PageModel
{
    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public string? OfficerId { get; set; }

    public ReferralAssignment.BulkAssignment? Plan { get; private set; }

    public IActionResult OnGet() => Redirect("/referrals");

    /// <summary>From the queue: check the selection and ask for confirmation.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (Ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Ids), "Select the referrals to assign: tick them in the queue");
        }

        if (Ids.Count > ReferralAssignment.BulkLimit)
        {
            ModelState.AddModelError(nameof(Ids), $"Select at most {ReferralAssignment.BulkLimit} referrals at a time");
        }

        if (!Guid.TryParse(OfficerId, out var officerId))
        {
            ModelState.AddModelError(nameof(OfficerId), "Select the officer to assign them to");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Plan = await assignment.PlanAssignmentAsync(Ids, officerId);
        if (Plan is null)
        {
            ModelState.AddModelError(nameof(OfficerId), "Select an active officer of your region");
        }
        else if (Plan.Assignable.Count + Plan.Refused.Count == 0)
        {
            ModelState.AddModelError(nameof(Ids), "None of the selected referrals can be found: they may have been closed or removed");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (Ids.Count == 0 || Ids.Count > ReferralAssignment.BulkLimit || !Guid.TryParse(OfficerId, out var officerId))
        {
            return Redirect("/referrals");
        }

        var done = await assignment.AssignManyAsync(Ids, officerId);
        if (done is null)
        {
            return Redirect("/referrals");
        }

        var assigned = done.Assignable.Count;
        TempData["Success"] = assigned == 1 ? $"1 referral assigned to {done.OfficerName}" : $"{assigned} referrals assigned to {done.OfficerName}";
        return Redirect("/referrals");
    }
}
