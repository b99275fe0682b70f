using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>Forgets a user's authenticator and recovery codes (for example after a lost phone).</summary>
public sealed class ResetAuthenticatorModel(UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string DisplayName => HttpContext.GetRecord<AppUser>().DisplayName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        var reason = ReasonInput.Validate(ModelState, nameof(Reason), Reason, "Enter why you are resetting this user's authenticator");
        if (reason is null)
        {
            return Page();
        }

        await admin.ResetMfaAsync(user, reason);
        TempData["Success"] = $"The authenticator of {user.DisplayName} has been reset";
        return Redirect(Links.User(Id));
    }
}
