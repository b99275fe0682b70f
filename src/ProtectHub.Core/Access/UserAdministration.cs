using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

/// <summary>
/// Creating, changing, disabling and re-enrolling users. Users are loaded through the region query filter, so an
/// administrator can only ever act on users of their own region; a System Administrator (unrestricted) on any.
/// </summary>
public sealed class UserAdministration(ProtectHubDbContext db, UserManager<AppUser> users, MfaService mfa, TimeProvider time)
{
    /// <summary>
    /// Whether the acting user may give this role: a System Administrator (unrestricted) any; an administrator of a
    /// region every role but the national ones (System Administrator, National Coordinator).
    /// </summary>
    public bool CanGrant(Role role) => !db.Scope.RestrictToRegion || role is not (Role.SystemAdministrator or Role.NationalCoordinator);

    /// <summary>A user may only be changed by someone who could grant every role they hold: higher privilege is out of reach.</summary>
    public bool CanManage(AppUser user) => user.Roles.All(CanGrant);

    private void EnsureCanManage(AppUser user)
    {
        if (!CanManage(user))
        {
            throw new UnauthorizedAccessException($"{db.Scope.ActorName} may not change user {user.Id}: they hold a role the actor cannot grant.");
        }
    }

    public Task<AppUser?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Every problem with the input, without creating anything; pages use it to show all errors at once.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateCreateAsync(CreateUserOptions options)
    {
        var errors = new List<FieldError>();
        var email = options.Email.Trim();
        if (email.Length == 0)
        {
            errors.Add(new("Email", "Enter an email address"));
        }
        else if (!ContactRules.IsEmail(email))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.police.uk"));
        }
        else if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(email)))
        {
            errors.Add(new("Email", "A user with this email address already exists"));
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            errors.Add(new("Password", "Enter a temporary password"));
        }
        else
        {
            var candidate = new AppUser { UserName = email, Email = email };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, candidate, options.Password);
                errors.AddRange(result.Errors.Select(e => new FieldError("Password", PasswordMessage(e))));
            }
        }

        errors.AddRange(await ValidateDetailsAsync(options.Details));
        return errors;
    }

    public async Task<(AppUser? User, IReadOnlyList<FieldError> Errors)> CreateAsync(CreateUserOptions options)
    {
        var errors = await ValidateCreateAsync(options);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var email = options.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = time.GetUtcNow(),
            IsDemoAccount = options.IsDemoAccount,
        };
        Apply(user, options.Details);

        var created = await users.CreateAsync(user, options.Password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => new FieldError("Email", e.Description)).ToList());
        }

        return (user, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(AppUser user, UserDetails details)
    {
        var errors = await ValidateDetailsAsync(details);
        if (errors.Count > 0)
        {
            return errors;
        }

        EnsureCanManage(user);
        var before = user.AccessFingerprint();
        Apply(user, details);
        // A new stamp on every save through the form: an administrator editing from an older copy is told, not overwritten.
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (user.AccessFingerprint() != before)
        {
            // Roles, teams, region and vetting are carried in the sign-in cookie; a new stamp ends every session of the
            // user on its next request, so a lost team or lapsed vetting takes effect at once.
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        await db.SaveChangesAsync();
        return [];
    }

    public async Task SetDisabledAsync(AppUser user, bool disabled, string reason)
    {
        EnsureCanManage(user);
        user.IsDisabled = disabled;
        user.DisabledAt = disabled ? time.GetUtcNow() : null;
        user.SecurityStamp = Guid.NewGuid().ToString(); // Ends every session of the user on its next request.
        db.AuditReason = reason;
        db.Audit(AuditAction.AdministrativeChange, user.AuditRecordType, user.AuditRecordId, user.RegionCode,
            disabled ? "User disabled" : "User enabled", reason);
        await db.SaveChangesAsync();
    }

    public async Task ResetMfaAsync(AppUser user, string reason)
    {
        EnsureCanManage(user);
        await mfa.ResetAsync(user);
        db.Audit(AuditAction.MfaReset, user.AuditRecordType, user.AuditRecordId, user.RegionCode, "Authenticator reset; the user must enrol again", reason);
        await db.SaveChangesAsync();
    }

    public async Task<List<FieldError>> ValidateDetailsAsync(UserDetails details)
    {
        var errors = new List<FieldError>();
        var scope = db.Scope;
        if (string.IsNullOrWhiteSpace(details.DisplayName))
        {
            errors.Add(new("DisplayName", "Enter the user's full name"));
        }
        else if (details.DisplayName.Length > TextLimits.Line)
        {
            errors.Add(new("DisplayName", TextLimits.TooLong("Full name", TextLimits.Line)));
        }

        if (string.IsNullOrWhiteSpace(details.RegionCode) || !Regions.PoliceReferenceData.Regions.Any(r => r.Code == details.RegionCode))
        {
            errors.Add(new("RegionCode", "Select the user's region"));
        }
        else if (scope.RestrictToRegion && details.RegionCode != scope.RegionCode)
        {
            errors.Add(new("RegionCode", "You can only manage users of your own region"));
        }

        if (string.IsNullOrWhiteSpace(details.HomeForceCode))
        {
            errors.Add(new("HomeForceCode", "Select the user's home force"));
        }
        else if (!Regions.PoliceReferenceData.IsForceOf(details.HomeForceCode, details.RegionCode))
        {
            errors.Add(new("HomeForceCode", "Select a home force in the user's region"));
        }

        if (details.Roles.Count == 0)
        {
            errors.Add(new("Roles", "Select at least one role"));
        }
        else if (!details.Roles.All(CanGrant))
        {
            errors.Add(new("Roles", "Only a System Administrator can give the System Administrator or National Coordinator role"));
        }

        if (details.VettingLevel is null && details.VettingExpiresOn is not null)
        {
            errors.Add(new("VettingLevel", "Select the vetting level, or remove the expiry date"));
        }
        else if (details.VettingLevel is not null && details.VettingExpiresOn is null)
        {
            errors.Add(new("VettingExpiresOn", "Enter the date the vetting expires"));
        }

        return errors;
    }

    private static string PasswordMessage(IdentityError error) => error.Code == "PasswordTooShort"
        ? "Password must be 12 characters or more"
        : error.Description;

    private static void Apply(AppUser user, UserDetails details)
    {
        user.DisplayName = details.DisplayName.Trim();
        user.RegionCode = details.RegionCode;
        user.HomeForceCode = details.HomeForceCode;
        // Assign lists only when they differ, so the audit entry names just the fields that really changed.
        var roles = details.Roles.Distinct().Order().ToList();
        if (!roles.SequenceEqual(user.Roles))
        {
            user.Roles = roles;
        }

        var teams = details.Teams.Distinct().Order().ToList();
        if (!teams.SequenceEqual(user.Teams))
        {
            user.Teams = teams;
        }
        user.VettingLevel = details.VettingLevel;
        user.VettingExpiresOn = details.VettingExpiresOn;
    }
}
