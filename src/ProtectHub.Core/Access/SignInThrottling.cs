using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

/// <summary>
/// Slows password guessing without letting anyone lock someone else out. Failures are counted per email address and
/// source address together: after <see cref="FreeAttempts"/> failures that pair waits one minute, then twice as long
/// after each further failure (up to <see cref="LongestWait"/>), while the account's holder, signing in from anywhere
/// else, is not held up at all. Unknown addresses are counted the same way, so the answer never reveals whether an
/// account exists. The per-client rate limit on the sign-in pages bounds how fast any one source can try.
/// </summary>
public sealed class SignInThrottling(ProtectHubDbContext db, TimeProvider time)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>How long this email address must wait from this source, or null when it may try now.</summary>
    public async Task<TimeSpan?> WaitAsync(string email, IPAddress? source, CancellationToken ct = default)
    {
        var throttle = await db.Set<SignInThrottle>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == Key(email, source), ct);
        var now = time.GetUtcNow();
        return throttle?.BlockedUntil is { } until && until > now ? until - now : null;
    }

    public async Task RecordFailureAsync(string email, IPAddress? source, CancellationToken ct = default)
    {
        var key = Key(email, source);
        var now = time.GetUtcNow();
        var throttle = await db.Set<SignInThrottle>().FirstOrDefaultAsync(t => t.Key == key, ct);
        if (throttle is null)
        {
            throttle = new SignInThrottle { Key = key };
            db.Add(throttle);
        }
        else if (now - throttle.LastFailureAt > Memory)
        {
            throttle.Failures = 0;
        }

        throttle.Failures++;
        throttle.LastFailureAt = now;
        if (throttle.Failures >= FreeAttempts)
        {
            var doublings = Math.Min(throttle.Failures - FreeAttempts, 10);
            var wait = TimeSpan.FromTicks(Math.Min(FirstWait.Ticks << doublings, LongestWait.Ticks));
            throttle.BlockedUntil = now + wait;
        }

        await db.SaveChangesAsync(ct);
    }

    public Task ResetAsync(string email, IPAddress? source, CancellationToken ct = default) =>
        db.Set<SignInThrottle>().Where(t => t.Key == Key(email, source)).ExecuteDeleteAsync(ct);

    private static string Key(string email, IPAddress? source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            email.Trim().ToUpperInvariant() + "\u001f" + Source(source))));

    private static string Source(IPAddress? source) =>
        source is null ? "unknown" : (source.IsIPv4MappedToIPv6 ? source.MapToIPv4() : source).ToString();
}
