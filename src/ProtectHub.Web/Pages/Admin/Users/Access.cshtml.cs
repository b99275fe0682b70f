using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>Disables or re-enables a user, with a reason for the audit log.</summary>
public sealed class AccessModel(UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string DisplayName { get; private set; } = "";
    public bool IsDisabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await admin.FindAsync(Id) is not { } user)
        {
            return NotFound();
        }

        (DisplayName, IsDisabled) = (user.DisplayName, user.IsDisabled);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await admin.FindAsync(Id) is not { } user)
        {
            return NotFound();
        }

        (DisplayName, IsDisabled) = (user.DisplayName, user.IsDisabled);
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), $"Enter why you are {(user.IsDisabled ? "enabling" : "disabling")} this user");
            return Page();
        }

        if (Reason.Length > 1000)
        {
            ModelState.AddModelError(nameof(Reason), "Reason must be 1000 characters or fewer");
            return Page();
        }

        await admin.SetDisabledAsync(user, !user.IsDisabled, Reason.Trim());
        TempData["Success"] = user.IsDisabled ? $"{user.DisplayName} has been disabled" : $"{user.DisplayName} has been enabled";
        return Redirect($"/admin/users/{Id}");
    }
}
