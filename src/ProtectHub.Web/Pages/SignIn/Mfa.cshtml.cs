using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Access;
using ProtectHub.Web.Access;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.SignIn;

[EnableRateLimiting(ProtectHubWebExtensions.SignInRateLimit)]
public sealed class MfaModel(SignInService signIn, MfaService mfa) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetPendingUserAsync() is { MfaEnrolledAt: not null } ? Page() : RedirectToPage("/SignIn/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetPendingUserAsync();
        if (user is not { MfaEnrolledAt: not null })
        {
            return RedirectToPage("/SignIn/Index");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        if (!await mfa.VerifyCodeAsync(user, Code))
        {
            await signIn.RecordFailedCodeAsync(user);
            ModelState.AddModelError(nameof(Code), "The code is wrong or has already been used. Enter the latest code from your authenticator app");
            return Page();
        }

        await signIn.CompleteAsync(user, "password and authenticator code");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var user = await signIn.GetPendingUserAsync();
        if (user is not { MfaEnrolledAt: not null })
        {
            return RedirectToPage("/SignIn/Index");
        }

        if (!await mfa.RedeemRecoveryCodeAsync(user, RecoveryCode))
        {
            await signIn.RecordFailedCodeAsync(user);
            ModelState.AddModelError(nameof(RecoveryCode), "Enter a recovery code you have not used before");
            return Page();
        }

        await signIn.CompleteAsync(user, "password and recovery code");
        return LocalRedirect("/");
    }
}
