using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

public sealed class SafeguardingModel(ReferralCasework casework) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Route { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public VictimReferral Referral => HttpContext.GetRecord<VictimReferral>();

    public void OnGet()
    {
        Route = Referral.SafeguardingRoute;
        Reason = Referral.SafeguardingReason;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await casework.EscalateAsync(Referral, Route, Reason));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Escalated for safeguarding: supervisors see it highlighted";
        return Redirect(Links.Referral(Id));
    }
}
