using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Web.Access;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.SignIn;

/// <summary>
/// Sign-in through the configured OpenID Connect provider: GET starts it, GET ?handler=callback finishes it. Answers 404
/// when no provider is configured.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.SignInRateLimit)]
public sealed class ExternalModel(OidcOptions oidc, SignInService signIn) : PageModel
{
    public string Problem { get; private set; } = "";

    public IActionResult OnGet() => oidc.Enabled
        ? Challenge(new AuthenticationProperties { RedirectUri = "/sign-in/external/callback" }, OidcOptions.Scheme)
        : NotFound();

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        if (!oidc.Enabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            Problem = $"{oidc.DisplayName} did not confirm who you are. Try again.";
            return Page();
        }

        var principal = external.Principal;
        if (oidc.RequireMfaClaim && !principal.FindAll("amr").Any(c => c.Value == "mfa"))
        {
            Problem = $"{oidc.DisplayName} did not confirm that you used multi-factor authentication, which ProtectHub requires.";
            return Page();
        }

        var email = oidc.EmailClaims.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var user = email is null ? null : await signIn.FindByVerifiedEmailAsync(email);
        if (user is null || user.IsDisabled)
        {
            Problem = "There is no active ProtectHub account for the email address your organisation gave. Ask your regional administrator.";
            return Page();
        }

        await signIn.CompleteAsync(user, $"OpenID Connect ({oidc.DisplayName})");
        return LocalRedirect("/");
    }
}
