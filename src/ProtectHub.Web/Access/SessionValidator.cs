using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Notifications;

namespace ProtectHub.Web.Access;

/// <summary>
/// Runs on every request with a session cookie. Rejects it when the user was disabled, signed out, had their roles,
/// teams, region, vetting or MFA changed, or signed in more than 12 hours ago. Vetting that expires while signed in is
/// checked on every request by the vetting requirement against today's date. The 30-minute idle limit
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
            // The person's unread notifications (the header of every page shows the count) come in the same query: one
            // round trip fewer on every page. Counted as the notifications page lists them, within the person's region.
            var scope = HttpActorScopeAccessor.For(principal!, id, null);
            var (restricted, region) = (scope.RestrictToRegion, scope.RegionCode);
            var state = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id)
                .Select(u => new
                {
                    u.IsDisabled,
                    u.SecurityStamp,
                    u.RegionCode,
                    u.HomeForceCode,
                    u.Roles,
                    u.Teams,
                    u.VettingLevel,
                    u.VettingExpiresOn,
                    Unread = db.Set<Notification>().IgnoreQueryFilters().Count(n => n.UserId == u.Id && n.ReadAt == null && (!restricted || n.RegionCode == region)),
                })
                .FirstOrDefaultAsync();
            // The stamp catches changes made through ProtectHub; the fingerprint also catches any other change to what the
            // cookie carries (the command line, a database fix), so no session outlives a change to its access.
            valid = state is { IsDisabled: false }
                && state.SecurityStamp == principal!.FindFirstValue(ProtectHubClaims.SecurityStamp)
                && AppUser.Fingerprint(state.RegionCode, state.HomeForceCode, state.Roles, state.Teams, state.VettingLevel, state.VettingExpiresOn)
                    == principal!.FindFirstValue(ProtectHubClaims.Access);
            if (valid)
            {
                services.GetRequiredService<NotificationInbox>().Know(id, state!.Unread);
            }
        }

        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}
