using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProtectHub.Web.Pages.SignIn;

/// <summary>Shows the recovery codes once, straight after enrolment (they travel in TempData, never in the URL).</summary>
public sealed class RecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData["RecoveryCodes"] is not string codes || User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/");
        }

        Codes = codes.Split(' ');
        return Page();
    }
}
