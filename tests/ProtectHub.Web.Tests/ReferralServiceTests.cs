using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>
/// The referral operations called directly (not through their pages), on both databases: who may be given a referral,
/// and the casework rules (attempts, closure). The pages' tests show the same rules reach the officer.
/// </summary>
public sealed class ReferralServiceTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);
    private readonly TestData _data = new(factory);

    private Task<VictimReferral> SeedAsync(Team team, ReferralStatus status = ReferralStatus.New) => _data.CreateReferralAsync(team, status);

    /// <summary>Runs an operation as a supervisor of the region, in a scope of its own, like a request.</summary>
    private Task<T> AsSupervisorAsync<T>(Guid supervisorId, Func<IServiceProvider, Task<T>> work, string region = "EM") =>
        factory.AsUserAsync(supervisorId, [Role.Supervisor], work, region);

    private Task<VictimReferral> StoredAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task PlanAssignment_RefusesClosedAndOtherTeamsReferrals_AndAssignManyAssignsOnlyTheRest()
    {
        var supervisor = await _users.WithRoles(Role.Supervisor).WithTeams(Team.FraudProtect, Team.CyberProtect).BuildAsync();
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var fraud = await SeedAsync(Team.FraudProtect);
        var cyber = await SeedAsync(Team.CyberProtect);
        var closed = await SeedAsync(Team.FraudProtect, ReferralStatus.Closed);

        var plan = await AsSupervisorAsync(supervisor.Id, sp => sp.GetRequiredService<ReferralAssignment>().PlanAssignmentAsync([fraud.Id, cyber.Id, closed.Id], officer.Id));
        Assert.NotNull(plan);
        Assert.Equal([fraud.Id], plan.Assignable.Select(r => r.Id));
        var refused = plan.Refused.ToDictionary(r => r.Referral.Id, r => r.Reason);
        Assert.Equal("it is closed", refused[closed.Id]);
        Assert.StartsWith("a Cyber Protect referral, and ", refused[cyber.Id], StringComparison.Ordinal);
        Assert.Null((await StoredAsync(fraud.Id)).AssignedToId); // A plan changes nothing.

        var done = await AsSupervisorAsync(supervisor.Id, sp => sp.GetRequiredService<ReferralAssignment>().AssignManyAsync([fraud.Id, cyber.Id, closed.Id], officer.Id));
        Assert.NotNull(done);
        Assert.Equal((officer.Id, ReferralStatus.Assigned), ((await StoredAsync(fraud.Id)).AssignedToId!.Value, (await StoredAsync(fraud.Id)).Status));
        Assert.Null((await StoredAsync(cyber.Id)).AssignedToId);
        Assert.Null((await StoredAsync(closed.Id)).AssignedToId);
    }

    [Fact]
    public async Task PlanAssignment_AnOfficerWithExpiredVettingIsGivenNothing_AndOneOfAnotherRegionIsUnknown()
    {
        var supervisor = await _users.WithRoles(Role.Supervisor).BuildAsync();
        var expired = await _users.WithTeams(Team.FraudProtect).WithVettingExpiring(new DateOnly(2026, 10, 31)).BuildAsync();
        var elsewhere = await _users.InRegion("NW").WithTeams(Team.FraudProtect).BuildAsync();
        var fraud = await SeedAsync(Team.FraudProtect);

        var plan = await AsSupervisorAsync(supervisor.Id, sp => sp.GetRequiredService<ReferralAssignment>().PlanAssignmentAsync([fraud.Id], expired.Id));
        Assert.NotNull(plan);
        Assert.Empty(plan.Assignable);
        Assert.EndsWith("vetting is not current", plan.Refused.Single().Reason, StringComparison.Ordinal);
        Assert.Null(await AsSupervisorAsync(supervisor.Id, sp => sp.GetRequiredService<ReferralAssignment>().PlanAssignmentAsync([fraud.Id], elsewhere.Id)));
        // The one-at-a-time assignment keeps the same rule.
        var errors = await AsSupervisorAsync(supervisor.Id, async sp =>
        {
            var referral = await sp.GetRequiredService<ProtectHubDbContext>().Set<VictimReferral>().SingleAsync(r => r.Id == fraud.Id);
            return await sp.GetRequiredService<ReferralAssignment>().AssignAsync(referral, expired.Id);
        });
        Assert.Equal("OfficerId", errors.Single().Field);
    }

    [Fact]
    public async Task Casework_AttemptsAreCheckedAndCounted_AndUncontactableClosureWaitsForTheRegionsNumberOfAttempts()
    {
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var referral = await SeedAsync(Team.FraudProtect);
        Task<IReadOnlyList<FieldError>> AttemptAsync(ContactMethod? method, ContactOutcome? outcome, DateTimeOffset? at = null) =>
            AsSupervisorAsync(officer.Id, async sp =>
            {
                var stored = await sp.GetRequiredService<ProtectHubDbContext>().Set<VictimReferral>().SingleAsync(r => r.Id == referral.Id);
                return await sp.GetRequiredService<ReferralCasework>().RecordAttemptAsync(stored, method, outcome, null, officer.Id, at);
            });
        Task<IReadOnlyList<FieldError>> CloseAsync(ReferralClosure? closure, string? reason) =>
            AsSupervisorAsync(officer.Id, async sp =>
            {
                var stored = await sp.GetRequiredService<ProtectHubDbContext>().Set<VictimReferral>().SingleAsync(r => r.Id == referral.Id);
                return await sp.GetRequiredService<ReferralCasework>().CloseAsync(stored, closure, reason);
            });

        Assert.Equal(["Method", "Outcome"], (await AttemptAsync(null, null)).Select(e => e.Field));
        Assert.Equal("On", (await AttemptAsync(ContactMethod.Phone, ContactOutcome.NoAnswer, factory.Time.GetUtcNow().AddHours(1))).Single().Field);
        Assert.Equal("On", (await AttemptAsync(ContactMethod.Phone, ContactOutcome.NoAnswer, factory.Time.GetUtcNow().AddDays(-3))).Single().Field);
        Assert.Equal(0, (await StoredAsync(referral.Id)).FailedAttempts); // Refused attempts record nothing.

        Assert.Empty(await AttemptAsync(ContactMethod.Phone, ContactOutcome.NoAnswer));
        Assert.Empty(await AttemptAsync(ContactMethod.Email, ContactOutcome.WrongDetails));
        var afterTwo = await StoredAsync(referral.Id);
        Assert.Equal((2, officer.Id, ReferralStatus.Assigned), (afterTwo.FailedAttempts, afterTwo.AssignedToId!.Value, afterTwo.Status)); // The first to try takes it.
        var tooSoon = (await CloseAsync(ReferralClosure.Uncontactable, "No answer at all")).Single();
        Assert.Equal(("Closure", "A referral can be closed as uncontactable after 3 failed attempts; this one has 2"), (tooSoon.Field, tooSoon.Message));
        Assert.Equal(["Closure"], (await CloseAsync(ReferralClosure.AdviceGiven, null)).Select(e => e.Field)); // No contact was made.

        Assert.Empty(await AttemptAsync(ContactMethod.Letter, ContactOutcome.NoAnswer));
        Assert.Equal(["Reason"], (await CloseAsync(ReferralClosure.Uncontactable, " ")).Select(e => e.Field));
        Assert.Empty(await CloseAsync(ReferralClosure.Uncontactable, "Three attempts, no reply"));
        var closed = await StoredAsync(referral.Id);
        Assert.Equal((ReferralStatus.Closed, ReferralClosure.Uncontactable, "Three attempts, no reply"), (closed.Status, closed.Closure!.Value, closed.ClosureReason));
        Assert.Equal("This referral is closed", (await AttemptAsync(ContactMethod.Phone, ContactOutcome.AdviceGiven)).Single().Message);
        Assert.Equal("This referral is already closed", (await CloseAsync(ReferralClosure.Declined, null)).Single().Message);
    }
}
