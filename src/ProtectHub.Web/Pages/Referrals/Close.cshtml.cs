using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

public sealed class CloseModel(ReferralCasework casework) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Closure { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public VictimReferral Referral => HttpContext.GetRecord<VictimReferral>();
    public IReadOnlyList<SelectListItem> Closures { get; } = Enum.GetValues<ReferralClosure>().Select(c => new SelectListItem(VictimNames.Of(c), c.ToString())).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await casework.CloseAsync(Referral, Enum.TryParse<ReferralClosure>(Closure, out var closure) ? closure : null, Reason));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Referral closed";
        return Redirect(Links.Referral(Id));
    }
}
