using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Pages.Admin.Users;

public sealed class ResetAuthenticatorModel(UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await admin.FindAsync(Id) is not { } user)
        {
            return NotFound();
        }

        DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await admin.FindAsync(Id) is not { } user)
        {
            return NotFound();
        }

        DisplayName = user.DisplayName;
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are resetting this user's authenticator");
            return Page();
        }

        await admin.ResetMfaAsync(user, Reason.Trim());
        TempData["Success"] = $"The authenticator of {user.DisplayName} has been reset";
        return Redirect($"/admin/users/{Id}");
    }
}
