using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Web.Access;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.SignIn;

[EnableRateLimiting(ProtectHubWebExtensions.SignInRateLimit)]
public sealed class IndexModel(SignInService signIn) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.CheckPasswordAsync(Email!, Password!);
        switch (result)
        {
            case PasswordStepResult.SignedIn:
                return LocalRedirect(SafeReturnUrl());
            case PasswordStepResult.NeedsEnrolment:
                return RedirectToPage("/SignIn/Enrol");
            case PasswordStepResult.NeedsCode:
                return RedirectToPage("/SignIn/Mfa", new { ReturnUrl = SafeReturnUrl() });
            case PasswordStepResult.Throttled:
                // The same words whether or not the account exists, and only for this email from this network.
                var minutes = Math.Max(1, (int)Math.Ceiling(signIn.ThrottledFor.TotalMinutes));
                ModelState.AddModelError(nameof(Email),
                    $"Sign-in with this email address is locked from your network after too many failed attempts. Wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again");
                return Page();
            case PasswordStepResult.LockedOut:
                ModelState.AddModelError(nameof(Email), "Your account is locked for 15 minutes after too many wrong authentication codes. Try again later or contact your regional administrator");
                return Page();
            default:
                // One message for unknown email, wrong password and disabled account, so accounts cannot be discovered.
                ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
                return Page();
        }
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
