using Microsoft.AspNetCore.Identity;

namespace ProtectHub.Core.Access;

/// <summary>
/// NCSC password guidance: length, not composition rules, plus a deny list of passwords attackers try first.
/// The list covers the most common breached passwords and obvious service-specific choices.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly HashSet<string> Blocked = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
        "passwordpassword", "password1234", "password12345", "password123456", "password123!", "Password1234!",
        "qwertyuiop12", "qwertyuiopas", "qwerty123456", "qwertyqwerty", "1q2w3e4r5t6y", "1qaz2wsx3edc",
        "iloveyou1234", "letmein12345", "welcome12345", "welcome123456", "administrator", "administrator1",
        "abc123456789", "abcdefghijkl", "abcd12345678", "trustno1trustno1", "monkey123456", "football1234",
        "baseball1234", "sunshine1234", "princess1234", "dragon123456", "superman1234", "starwars1234",
        "changeme1234", "changemeplease", "protecthub123", "protecthub1234", "protecthub2026", "policepolice",
        "police123456", "cybersecurity", "cybersecurity1", "fraudprotect", "cyberprotect", "passw0rdpassw0rd",
        "correcthorsebatterystaple", "letmeinletmein", "summer2026!!", "winter2026!!", "autumn2026!!", "spring2026!!",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lowered = password.Trim().ToLowerInvariant();
        var isRepeat = lowered.Distinct().Count() <= 2;
        var containsEmail = user.Email is { Length: > 0 } email
            && lowered.Contains(email.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal)
            && email.Split('@')[0].Length >= 4;
        if (Blocked.Contains(lowered) || isRepeat || IsSequence(lowered) || containsEmail)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or easy to guess. Choose a longer phrase, for example three random words.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static bool IsSequence(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] - value[i - 1] != 1)
            {
                return false;
            }
        }

        return true;
    }
}
