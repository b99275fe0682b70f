using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests.Security;

/// <summary>Attack run finding 3: a user who lost their team or whose vetting lapsed kept reading victims' referrals.</summary>
public sealed class SessionInvalidationTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private Task<int> ChangeAsync(TestUser user, Func<UserDetails, UserDetails> change) => factory.WithServicesAsync(async sp =>
    {
        var admin = sp.GetRequiredService<UserAdministration>();
        var found = (await admin.FindAsync(user.Id))!;
        var details = change(new UserDetails
        {
            DisplayName = found.DisplayName,
            RegionCode = found.RegionCode,
            HomeForceCode = found.HomeForceCode,
            Roles = found.Roles,
            Teams = found.Teams,
            VettingLevel = found.VettingLevel,
            VettingExpiresOn = found.VettingExpiresOn,
        });
        Assert.Empty(await admin.UpdateAsync(found, details));
        return 0;
    });

    private async Task<Session> SignedInReadingReferralsAsync(TestUser user)
    {
        var session = await Session.SignedInAsync(factory, user);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/referrals")).StatusCode);
        return session;
    }

    private static async Task AssertSignedOutAsync(Session session)
    {
        var response = await session.Client.GetAsync("/referrals");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamRemoved_EndsTheSessionOnTheNextRequest()
    {
        var user = await _users.WithTeams(Team.CyberProtect).BuildAsync();
        var session = await SignedInReadingReferralsAsync(user);
        await ChangeAsync(user, d => d with { Teams = [] });
        await AssertSignedOutAsync(session);
    }

    [Fact]
    public async Task VettingExpirySetInThePast_EndsTheSessionOnTheNextRequest()
    {
        var user = await _users.BuildAsync();
        var session = await SignedInReadingReferralsAsync(user);
        await ChangeAsync(user, d => d with { VettingExpiresOn = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).AddDays(-1) });
        await AssertSignedOutAsync(session);
    }

    [Fact]
    public async Task HomeForceChanged_EndsTheSessionOnTheNextRequest()
    {
        var user = await _users.InRegion("EM", "LEICESTERSHIRE").BuildAsync();
        var session = await SignedInReadingReferralsAsync(user);
        await ChangeAsync(user, d => d with { HomeForceCode = "NOTTS" });
        await AssertSignedOutAsync(session);
    }

    [Fact]
    public async Task TeamRemovedOutsideProtectHub_StillEndsTheSession()
    {
        // A change that does not go through UserAdministration (a database fix, a script) leaves the security stamp as
        // it was: the session's access fingerprint must still catch it.
        var user = await _users.WithTeams(Team.CyberProtect).BuildAsync();
        var session = await SignedInReadingReferralsAsync(user);
        await factory.WithDbAsync(async db =>
        {
            var found = db.Users.Single(u => u.Id == user.Id);
            found.Teams = [Team.CyberPrevent];
            return await db.SaveChangesAsync();
        });
        await AssertSignedOutAsync(session);
    }

    [Fact]
    public async Task UnchangedDetailsSaved_KeepTheSession()
    {
        var user = await _users.BuildAsync();
        var session = await SignedInReadingReferralsAsync(user);
        await ChangeAsync(user, d => d with { DisplayName = d.DisplayName + " Jr" });
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/referrals")).StatusCode);
    }
}

/// <summary>Vetting that expires while its holder is signed in takes effect on the next request (its own clock).</summary>
public sealed class VettingLapseWhileSignedInTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task VettingExpiresAtMidnight_ReferralsRefusedOnTheNextRequestWithTheReason()
    {
        var now = factory.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        factory.Time.SetUtcNow(new DateTimeOffset(today.ToDateTime(new TimeOnly(23, 45)), TimeSpan.Zero));
        var user = await new TestUserBuilder(factory).WithVettingExpiring(today).BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/referrals")).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(25)); // Past midnight, well inside the idle limit.
        var (response, page) = await session.GetAsync("/referrals");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("your vetting expired on", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
