using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Registrations;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>
/// Services called directly (not through their pages), on both databases: an event's places and waiting list, a
/// repeat-victim link decided from either of its referrals, and the lookups pages name records by.
/// </summary>
public sealed class EngagementServiceTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);
    private readonly TestData _data = new(factory);
    private static readonly Role[] Officer = [Role.Officer];

    /// <summary>Runs work as the officer with the engagement loaded (tracked) in the same scope, like its page.</summary>
    private Task<T> OnEventAsync<T>(Guid officer, Guid engagementId, Func<EventRegistrations, Engagement, Task<T>> work) =>
        factory.AsUserAsync(officer, Officer, async sp =>
        {
            var engagement = await sp.GetRequiredService<ProtectHubDbContext>().Set<Engagement>().SingleAsync(e => e.Id == engagementId);
            return await work(sp.GetRequiredService<EventRegistrations>(), engagement);
        });

    [Fact]
    public async Task EventPlaces_FillThenWaitingList_ACancellationPromotesTheFirstWaiting_AndWalkInsTakeNoPlace()
    {
        var officer = (await _users.BuildAsync()).Id;
        var engagement = await _data.CreateEngagementAsync(officer, startsInDays: 10);
        Task<(RegistrationOutcome? Outcome, IReadOnlyList<FieldError> Errors)> Register(string name, string email) =>
            OnEventAsync(officer, engagement.Id, (r, e) => r.RegisterAsync(e, name, email, null, agreed: true, "East Midlands"));

        Assert.Empty(await OnEventAsync(officer, engagement.Id, (r, e) => r.OpenAsync(e, 1)));
        Assert.Equal(RegistrationOutcome.Confirmed, (await Register("Ann Able", "ann@example.org")).Outcome);
        Assert.Equal(RegistrationOutcome.WaitingList, (await Register("Ben Baker", "ben@example.org")).Outcome);
        Assert.Equal(RegistrationOutcome.AlreadyRegistered, (await Register("Ann Able", " ANN@example.org ")).Outcome);
        Assert.Contains((await OnEventAsync(officer, engagement.Id, (r, e) => r.RegisterAsync(e, "Cat Cole", "cat@example.org", null, agreed: false, "East Midlands"))).Errors,
            e => e.Field == "Agreed");
        Assert.True(await OnEventAsync(officer, engagement.Id, (r, e) => r.IsFullAsync(e)));

        var ann = (await OnEventAsync(officer, engagement.Id, (r, e) => r.ListAsync(e.Id))).Single(x => x.FullName == "Ann Able");
        await OnEventAsync(officer, engagement.Id, async (r, e) => { await r.CancelAsync(e, ann.Id); return 0; });
        Assert.Empty(await OnEventAsync(officer, engagement.Id, (r, e) => r.AddWalkInAsync(e, "Dan Door", null, null)));
        Assert.Contains(await OnEventAsync(officer, engagement.Id, (r, e) => r.AddWalkInAsync(e, "Ben Again", "ben@example.org", null)), e => e.Field == "Email");

        var list = await OnEventAsync(officer, engagement.Id, (r, e) => r.ListAsync(e.Id));
        Assert.Equal(RegistrationStatus.Confirmed, list.Single(x => x.FullName == "Ben Baker").Status);
        Assert.Equal(RegistrationStatus.Cancelled, list.Single(x => x.FullName == "Ann Able").Status);
        Assert.True(list.Single(x => x.FullName == "Dan Door") is { AddedByOfficer: true, Attended: true });
        Assert.Equal((1, 1), await OnEventAsync(officer, engagement.Id, (r, e) => r.SignUpCountsAsync(e.Id)));
        Assert.Equal(1, await OnEventAsync(officer, engagement.Id, (r, e) => r.AttendedCountAsync(e.Id)));
    }

    [Fact]
    public async Task Registration_CannotOpenForAnEventThatHasStarted_OrWithANonsenseCapacity()
    {
        var officer = (await _users.BuildAsync()).Id;
        var started = await _data.CreateEngagementAsync(officer, startsInDays: -1, status: EngagementStatus.Planned);
        var ahead = await _data.CreateEngagementAsync(officer, startsInDays: 5);

        Assert.Contains("the event started", Assert.Single(await OnEventAsync(officer, started.Id, (r, e) => r.OpenAsync(e, null))).Message, StringComparison.Ordinal);
        Assert.Equal("Capacity", Assert.Single(await OnEventAsync(officer, ahead.Id, (r, e) => r.OpenAsync(e, 0))).Field);
        Assert.Null((await factory.WithDbAsync(db => db.Set<Engagement>().IgnoreQueryFilters().SingleAsync(e => e.Id == ahead.Id))).RegistrationToken);
    }

    [Fact]
    public async Task RepeatVictimLink_IsDecidedFromEitherReferral_ButNotFromAnUnrelatedOne()
    {
        var officer = (await _users.WithTeams(Team.FraudProtect).BuildAsync()).Id;
        var (earlier, later, other) = (await _data.CreateReferralAsync(), await _data.CreateReferralAsync(), await _data.CreateReferralAsync());
        var link = await factory.WithDbAsync(async db =>
        {
            var l = new ReferralLink { RegionCode = "EM", ReferralId = later.Id, EarlierReferralId = earlier.Id, MatchProbability = 0.97, Summary = "Same name and phone" };
            db.Add(l);
            await db.SaveChangesAsync();
            return l;
        });
        Task<bool> Decide(VictimReferral from, bool confirmed) =>
            factory.AsUserAsync(officer, Officer, sp => sp.GetRequiredService<RepeatVictims>().DecideAsync(from, link.Id, confirmed));

        Assert.False(await Decide(other, confirmed: true));
        Assert.Equal(LinkDecision.Suggested, (await StoredLinkAsync(link.Id)).Decision);
        Assert.True(await Decide(earlier, confirmed: false));
        Assert.Equal(LinkDecision.Rejected, (await StoredLinkAsync(link.Id)).Decision);
        Assert.True(await Decide(later, confirmed: true));
        var decided = await StoredLinkAsync(link.Id);
        Assert.Equal(LinkDecision.Confirmed, decided.Decision);
        Assert.Equal("Test Officer", decided.DecidedBy);
    }

    private Task<ReferralLink> StoredLinkAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<ReferralLink>().AsNoTracking().SingleAsync(l => l.Id == id));

    [Fact]
    public async Task OfficerChoices_AreTheRegionsActiveWorkers_AndNamesFollowTheRegionFilter()
    {
        var officer = await _users.BuildAsync();
        var administrator = await _users.WithRoles(Role.RegionalAdministrator).BuildAsync();
        var disabled = await _users.BuildAsync();
        var elsewhere = await _users.InRegion("WM").BuildAsync();
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == disabled.Id)).IsDisabled = true;
            return await db.SaveChangesAsync();
        });

        var (choices, names) = await factory.AsUserAsync(officer.Id, Officer, async sp =>
        {
            var colleagues = sp.GetRequiredService<Colleagues>();
            return (await colleagues.WorkingOfficersAsync(), await colleagues.NamesAsync([officer.Id, elsewhere.Id]));
        });

        var ids = choices.Select(c => c.Id).ToList();
        Assert.Contains(officer.Id, ids);
        Assert.DoesNotContain(administrator.Id, ids);
        Assert.DoesNotContain(disabled.Id, ids);
        Assert.DoesNotContain(elsewhere.Id, ids);
        Assert.Single(names);
    }

    [Fact]
    public async Task OrganisationChoices_OfferTheChosenEvenIfMerged_AndTheRecent_OnceEachByName()
    {
        var officer = (await _users.BuildAsync()).Id;
        var merged = await _data.CreateOrganisationAsync("Zeta Merged Ltd");
        var kept = await _data.CreateOrganisationAsync("Alpha Kept Ltd");
        var foreign = await _data.CreateOrganisationAsync("West Midlands Ltd", region: "WM");
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<Organisation>().IgnoreQueryFilters().SingleAsync(o => o.Id == merged.Id)).MergedIntoId = kept.Id;
            return await db.SaveChangesAsync();
        });

        var (offered, named, name) = await factory.AsUserAsync(officer, Officer, async sp =>
        {
            var organisations = sp.GetRequiredService<OrganisationNames>();
            return (await organisations.ChosenAndRecentAsync([merged.Id, kept.Id, foreign.Id], 100),
                await organisations.NamedAsync([merged.Id, foreign.Id]), await organisations.NameAsync(merged.Id));
        });

        Assert.Equal(1, offered.Count(o => o.Id == merged.Id));
        Assert.Equal(1, offered.Count(o => o.Id == kept.Id));
        Assert.DoesNotContain(offered, o => o.Id == foreign.Id);
        Assert.Equal(offered.Select(o => o.Name).Order(StringComparer.OrdinalIgnoreCase), offered.Select(o => o.Name));
        Assert.Equal(merged.Id, Assert.Single(named).Id);
        Assert.Null(name); // A merged organisation is no longer current: it is named only where a record already holds it.
    }
}
