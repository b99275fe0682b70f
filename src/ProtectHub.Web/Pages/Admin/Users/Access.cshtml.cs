using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>Disables or re-enables a user, with a reason for the audit log.</summary>
public sealed class AccessModel(UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string DisplayName => HttpContext.GetRecord<AppUser>().DisplayName;
    public bool IsDisabled => HttpContext.GetRecord<AppUser>().IsDisabled;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        var reason = ReasonInput.Validate(ModelState, nameof(Reason), Reason,
            $"Enter why you are {(user.IsDisabled ? "enabling" : "disabling")} this user");
        if (reason is null)
        {
            return Page();
        }

        await admin.SetDisabledAsync(user, !user.IsDisabled, reason);
        TempData["Success"] = user.IsDisabled ? $"{user.DisplayName} has been disabled" : $"{user.DisplayName} has been enabled";
        return Redirect(Links.User(Id));
    }
}
