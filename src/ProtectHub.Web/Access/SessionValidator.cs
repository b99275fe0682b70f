using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Access;

/// <summary>
/// Runs on every request with a session cookie. Rejects it when the user was disabled, signed out, had their roles or
/// MFA changed (all of which change the security stamp), or signed in more than 12 hours ago. The 30-minute idle limit
/// is the cookie's sliding expiry.
/// </summary>
public static class SessionValidator
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var principal = context.Principal;
        var valid = Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            && long.TryParse(principal!.FindFirstValue(ProtectHubClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero) < AbsoluteLifetime;
        if (valid)
        {
            var db = services.GetRequiredService<ProtectHubDbContext>();
            var state = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.IsDisabled, u.SecurityStamp }).FirstOrDefaultAsync();
            valid = state is { IsDisabled: false } && state.SecurityStamp == principal!.FindFirstValue(ProtectHubClaims.SecurityStamp);
        }

        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}
