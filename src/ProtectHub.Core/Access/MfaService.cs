using System.Text;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace ProtectHub.Core.Access;

/// <summary>
/// Time-based one-time passwords (RFC 6238) with replay protection: a code is accepted at most once, and never a code
/// from a time step at or before the last one accepted. Time comes from <see cref="TimeProvider"/> so tests can move it.
/// </summary>
public sealed class MfaService(UserManager<AppUser> users, TimeProvider time, Data.ProtectHubDbContext db)
{
    public const string Issuer = "ProtectHub";

    /// <summary>Returns the user's authenticator key, creating one on first enrolment.</summary>
    public async Task<string> GetOrCreateKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return key!;
    }

    public static string OtpAuthUri(string key, string accountName) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(accountName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>The key in groups of four, easier to type into an authenticator app.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>Checks a 6-digit code, allowing one step of clock drift either way, and records the step used.</summary>
    public async Task<bool> VerifyCodeAsync(AppUser user, string? code)
    {
        var digits = new string((code ?? "").Where(char.IsDigit).ToArray());
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (digits.Length != 6 || string.IsNullOrEmpty(key))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = time.GetUtcNow().UtcDateTime;
        if (!totp.VerifyTotp(now, digits, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        if (step <= user.LastTotpTimeStep)
        {
            return false; // Replay: this code, or an older one, has already been used.
        }

        user.LastTotpTimeStep = step;
        var result = await users.UpdateAsync(user);
        return result.Succeeded;
    }

    /// <summary>Completes enrolment (audited): the first valid code proves the user holds the key.</summary>
    public async Task<IReadOnlyList<string>?> CompleteEnrolmentAsync(AppUser user, string? code)
    {
        if (!await VerifyCodeAsync(user, code))
        {
            return null;
        }

        user.MfaEnrolledAt = time.GetUtcNow();
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        db.Audit(Audit.AuditAction.MfaEnrolled, user.AuditRecordType, user.AuditRecordId, user.RegionCode, "Authenticator app enrolled");
        await db.SaveChangesAsync();
        return codes!.ToList();
    }

    public async Task<bool> RedeemRecoveryCodeAsync(AppUser user, string? code)
    {
        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0)
        {
            return false;
        }

        var result = await users.RedeemTwoFactorRecoveryCodeAsync(user, cleaned);
        return result.Succeeded;
    }

    /// <summary>Forgets the key and recovery codes: the user must enrol again at their next sign-in.</summary>
    public async Task ResetAsync(AppUser user)
    {
        user.MfaEnrolledAt = null;
        user.LastTotpTimeStep = 0;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }
}
