using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using ProtectHub.Core.Access;

namespace ProtectHub.TestCommon;

/// <summary>A user made for a test, with the password and authenticator key the test signs in with.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string? AuthenticatorKey, string RegionCode)
{
    public const string DefaultPassword = "correct horse battery";

    public string CurrentCode(TimeProvider time) =>
        new Totp(Base32Encoding.ToBytes(AuthenticatorKey!)).ComputeTotp(time.GetUtcNow().UtcDateTime);
}

/// <summary>Builds users through the real <see cref="UserAdministration"/> service. Immutable: each With... returns a new builder.</summary>
public sealed class TestUserBuilder(ProtectHubFactory factory)
{
    private string _region = "EM";
    private string? _force;
    private Role[] _roles = [Role.Officer];
    private Team[] _teams = [Team.CyberProtect];
    private DateOnly? _vettingExpires = new DateOnly(2028, 1, 1);
    private bool _enrolled = true;

    public TestUserBuilder InRegion(string region, string? force = null)
    {
        var next = (TestUserBuilder)MemberwiseClone();
        (next._region, next._force) = (region, force);
        return next;
    }

    public TestUserBuilder WithRoles(params Role[] roles)
    {
        var next = (TestUserBuilder)MemberwiseClone();
        next._roles = roles;
        return next;
    }

    public TestUserBuilder WithTeams(params Team[] teams)
    {
        var next = (TestUserBuilder)MemberwiseClone();
        next._teams = teams;
        return next;
    }

    public TestUserBuilder WithVettingExpiring(DateOnly? expires)
    {
        var next = (TestUserBuilder)MemberwiseClone();
        next._vettingExpires = expires;
        return next;
    }

    /// <summary>A user who has never signed in, so must enrol an authenticator first.</summary>
    public TestUserBuilder NotEnrolled()
    {
        var next = (TestUserBuilder)MemberwiseClone();
        next._enrolled = false;
        return next;
    }

    public Task<TestUser> BuildAsync() => factory.WithServicesAsync(async sp =>
    {
        var admin = sp.GetRequiredService<UserAdministration>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var email = $"user.{Guid.NewGuid():N}@force.police.uk";
        var force = _force ?? ProtectHub.Core.Regions.PoliceReferenceData.Forces.First(f => f.RegionCode == _region).Code;
        var (user, errors) = await admin.CreateAsync(new CreateUserOptions
        {
            Email = email,
            Password = TestUser.DefaultPassword,
            Details = new UserDetails
            {
                DisplayName = $"Test {string.Join(' ', _roles)} {email[5..11]}",
                RegionCode = _region,
                HomeForceCode = force,
                Roles = _roles,
                Teams = _teams,
                VettingLevel = _vettingExpires is null ? null : VettingLevel.SC,
                VettingExpiresOn = _vettingExpires,
            },
        });
        Assert.True(user is not null, string.Join("; ", errors.Select(e => e.Message)));
        string? key = null;
        if (_enrolled)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            user.MfaEnrolledAt = factory.Time.GetUtcNow();
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return new TestUser(user.Id, email, TestUser.DefaultPassword, key, _region);
    });
}
