using Microsoft.AspNetCore.Identity;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Access;

/// <summary>A person who signs in to ProtectHub. Belongs to one region and has a home force.</summary>
public sealed class AppUser : IdentityUser<Guid>, IRegionOwned, IPersonalData
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string HomeForceCode { get; set; } = "";
    public List<Role> Roles { get; set; } = [];
    public List<Team> Teams { get; set; } = [];
    public VettingLevel? VettingLevel { get; set; }
    public DateOnly? VettingExpiresOn { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Set once the user has proved they hold an authenticator; until then they must enrol.</summary>
    public DateTimeOffset? MfaEnrolledAt { get; set; }

    /// <summary>When the user last completed sign-in (password and second factor, or single sign-on); null if never.</summary>
    public DateTimeOffset? LastSignedInAt { get; set; }

    /// <summary>The last TOTP time step accepted, so a code (or an earlier one) can never be replayed.</summary>
    public long LastTotpTimeStep { get; set; }

    /// <summary>Only ever true for users seeded by the Development demo; production never creates them.</summary>
    public bool IsDemoAccount { get; set; }

    /// <summary>SHA-256 (hex) of the secret in the user's calendar feed address; null when they have no feed.</summary>
    public string? CalendarFeedHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string AuditRecordType => "User";

    public string AuditRecordId => Id.ToString();

    /// <summary>
    /// Everything a session carries that decides access: region, home force, roles, teams and vetting. A session whose
    /// fingerprint no longer matches the user's is ended on its next request, whichever way the user was changed.
    /// </summary>
    public string AccessFingerprint() => Fingerprint(RegionCode, HomeForceCode, Roles, Teams, VettingLevel, VettingExpiresOn);

    public static string Fingerprint(string region, string force, IEnumerable<Role> roles, IEnumerable<Team> teams, VettingLevel? vetting, DateOnly? vettingExpires) =>
        string.Join('|', region, force, string.Join(',', roles.Distinct().Order()), string.Join(',', teams.Distinct().Order()),
            vetting?.ToString() ?? "", vettingExpires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public bool HasValidVetting(DateOnly today) => VettingLevel is not null && VettingExpiresOn is { } expiry && expiry >= today;
}
