using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Web.Access;
using ProtectHub.Web.Hosting;
using QRCoder;

namespace ProtectHub.Web.Pages.SignIn;

[EnableRateLimiting(ProtectHubWebExtensions.SignInRateLimit)]
public sealed class EnrolModel(SignInService signIn, MfaService mfa) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string FormattedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetPendingUserAsync();
        if (user is not { MfaEnrolledAt: null })
        {
            return RedirectToPage("/SignIn/Index");
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetPendingUserAsync();
        if (user is not { MfaEnrolledAt: null })
        {
            return RedirectToPage("/SignIn/Index");
        }

        var codes = string.IsNullOrWhiteSpace(Code) ? null : await mfa.CompleteEnrolmentAsync(user, Code);
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), string.IsNullOrWhiteSpace(Code)
                ? "Enter the 6-digit code from your authenticator app"
                : "The code is wrong. Check the key in your app and enter the latest 6-digit code");
            await ShowKeyAsync(user);
            return Page();
        }

        await signIn.CompleteAsync(user, "password and new authenticator");
        TempData["RecoveryCodes"] = string.Join(' ', codes);
        return RedirectToPage("/SignIn/RecoveryCodes");
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await mfa.GetOrCreateKeyAsync(user);
        FormattedKey = MfaService.FormatKey(key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(MfaService.OtpAuthUri(key, user.Email ?? user.Id.ToString()), QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
