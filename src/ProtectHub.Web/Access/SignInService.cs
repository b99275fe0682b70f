using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Access;

public enum PasswordStepResult
{
    Failed,

    /// <summary>Too many failures for this email address from this source: no password was checked.</summary>
    Throttled,

    /// <summary>The password was right, but the account is locked after wrong authentication codes.</summary>
    LockedOut,
    NeedsEnrolment,
    NeedsCode,
    SignedIn,
}

/// <summary>
/// The two-step sign-in: a password check leaves only a short-lived "MFA pending" cookie; the full session cookie is
/// issued only after a TOTP or recovery code (or, in the Development demo only, straight after the password).
/// </summary>
public sealed class SignInService(
    ProtectHubDbContext db,
    UserManager<AppUser> users,
    IHttpContextAccessor http,
    TimeProvider time,
    DemoOptions demo,
    SignInThrottling throttling)
{
    private static readonly string TimingDecoyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "decoy password for timing");

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("No HTTP request.");

    /// <summary>How long the last <see cref="PasswordStepResult.Throttled"/> answer asked the user to wait.</summary>
    public TimeSpan ThrottledFor { get; private set; }

    public async Task<PasswordStepResult> CheckPasswordAsync(string email, string password)
    {
        var source = Http.Connection.RemoteIpAddress;
        if (await throttling.WaitAsync(email, source) is { } wait)
        {
            ThrottledFor = wait;
            await AuditAsync(AuditAction.SignInFailed, null, "Too many failed attempts from this address: not checked", actorName: Truncate(email.Trim()));
            return PasswordStepResult.Throttled;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the time a real password check takes, so response times do not reveal which accounts exist.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), TimingDecoyHash, password);
            await throttling.RecordFailureAsync(email, source);
            await AuditAsync(AuditAction.SignInFailed, null, "Unknown email address", actorName: Truncate(email.Trim()));
            return PasswordStepResult.Failed;
        }

        // The password is checked before anything about the account is told: a disabled or locked account answers a
        // wrong password exactly as an unknown one does.
        var correct = await users.CheckPasswordAsync(user, password);
        if (!correct || user.IsDisabled)
        {
            await throttling.RecordFailureAsync(email, source);
            await AuditAsync(AuditAction.SignInFailed, user, correct ? "Account disabled" : "Wrong password");
            return PasswordStepResult.Failed;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await AuditAsync(AuditAction.SignInFailed, user, "Account locked after wrong authentication codes");
            return PasswordStepResult.LockedOut;
        }

        await throttling.ResetAsync(email, source);
        if (demo.Enabled && user.IsDemoAccount)
        {
            await CompleteAsync(user, "demo (no MFA, Development only)");
            return PasswordStepResult.SignedIn;
        }

        var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        pending.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        await Http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
        return user.MfaEnrolledAt is null ? PasswordStepResult.NeedsEnrolment : PasswordStepResult.NeedsCode;
    }

    /// <summary>The user who passed the password step in this browser in the last few minutes, if any.</summary>
    /// <summary>
    /// The account an external identity provider vouched for, by its email address, in whichever region it is (no one
    /// is signed in yet to scope the search by).
    /// </summary>
    public Task<AppUser?> FindByVerifiedEmailAsync(string email)
    {
        var normalised = email.Trim().ToUpperInvariant();
        return db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.NormalizedEmail == normalised);
    }

    public async Task<AppUser?> GetPendingUserAsync()
    {
        var result = await Http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (!result.Succeeded || !Guid.TryParse(result.Principal.Identity?.Name, out var id))
        {
            return null;
        }

        var user = await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == id);
        // A locked account cannot go on guessing codes: it goes back to the sign-in page, which says it is locked.
        return user is { IsDisabled: false } && !await users.IsLockedOutAsync(user) ? user : null;
    }

    public async Task RecordFailedCodeAsync(AppUser user)
    {
        await users.AccessFailedAsync(user);
        await AuditAsync(AuditAction.SignInFailed, user, "Wrong authentication code");
    }

    /// <summary>Issues a new session cookie (never reusing one from before sign-in) and clears the pending cookie.</summary>
    public async Task CompleteAsync(AppUser user, string method)
    {
        user.LastSignedInAt = time.GetUtcNow();
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await Http.SignInAsync(IdentityConstants.ApplicationScheme, CreatePrincipal(user, time.GetUtcNow()),
            new AuthenticationProperties { IsPersistent = false });
        await AuditAsync(AuditAction.SignInSucceeded, user, $"Method: {method}");
    }

    /// <summary>Signs out everywhere: a new security stamp makes any copy of the old cookie invalid on its next request.</summary>
    public async Task SignOutAsync()
    {
        if (Guid.TryParse(Http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            && await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == id) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await AuditAsync(AuditAction.SignedOut, user, null);
        }

        await Http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    public static ClaimsPrincipal CreatePrincipal(AppUser user, DateTimeOffset signedInAt)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.DisplayName));
        identity.AddClaim(new Claim(ClaimTypes.Email, user.Email ?? ""));
        identity.AddClaim(new Claim(ProtectHubClaims.Region, user.RegionCode));
        identity.AddClaim(new Claim(ProtectHubClaims.Force, user.HomeForceCode));
        identity.AddClaim(new Claim(ProtectHubClaims.SecurityStamp, user.SecurityStamp ?? ""));
        identity.AddClaim(new Claim(ProtectHubClaims.Access, user.AccessFingerprint()));
        identity.AddClaim(new Claim(ProtectHubClaims.SignedInAt, signedInAt.UtcTicks.ToString(CultureInfo.InvariantCulture)));
        if (user.VettingLevel is not null && user.VettingExpiresOn is { } expiry)
        {
            identity.AddClaim(new Claim(ProtectHubClaims.VettingExpiresOn, expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        identity.AddClaims(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        identity.AddClaims(user.Teams.Select(t => new Claim(ProtectHubClaims.Team, t.ToString())));
        return new ClaimsPrincipal(identity);
    }

    private async Task AuditAsync(AuditAction action, AppUser? user, string? details, string? actorName = null)
    {
        db.Audit(action, user is null ? null : user.AuditRecordType, user?.AuditRecordId, user?.RegionCode, details,
            actor: (user?.Id, user?.Email ?? actorName ?? "unknown"));
        await db.SaveChangesAsync();
    }

    private static string Truncate(string value) => value.Length > 200 ? value[..200] : value;
}
