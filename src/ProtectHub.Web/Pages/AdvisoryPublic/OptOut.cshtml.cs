using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.AdvisoryPublic;

/// <summary>
/// Opting out through the link in an advisory email: a page with a button, and the one-click POST mail clients send
/// for List-Unsubscribe (RFC 8058), which carries no form token, so the token in the address is the permission.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
[IgnoreAntiforgeryToken]
public sealed class OptOutModel(AdvisoryResponses responses) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await responses.FindAsync(Token) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await responses.FindAsync(Token) is not { } found)
        {
            return NotFound();
        }

        await responses.OptOutAsync(found.Message);
        Done = true;
        return Page();
    }
}
