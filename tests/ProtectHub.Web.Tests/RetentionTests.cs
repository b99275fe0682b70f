using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>The retention rule moves the clock on two years, so it has a database (and clock) of its own.</summary>
public sealed class RetentionTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Retention_RemovesPersonalDetailsOfLongClosedReferrals_KeepsTheCounts_AndLogsItWithoutTheContent()
    {
        var session = await Session.SignedInAsync(factory, await _users.WithTeams(Team.FraudProtect).BuildAsync());
        var (closed, open) = ("NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999));
        var csv = $"Crime Reference,Date Reported,Victim Name,DOB,Email,Postcode,Force,Offence Category,Amount Lost,Summary,Vulnerability\n" +
            $"{closed},29/10/2026,Una Verity,01/02/1960,una@example.org,LE1 6ZG,Leicestershire Police,Romance fraud,900,Met online,Recently bereaved\n" +
            $"{open},29/10/2026,Val Wood,,val@example.org,LE2 7AB,Leicestershire Police,Romance fraud,,,\n";
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), "r.csv");
        var importUrl = upload.Headers.Location!.OriginalString;
        await ImportSteps.ImportWithSuggestedColumnsAsync(session, importUrl);
        var referral = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == closed));
        var url = $"/referrals/{referral.Id}";
        await session.PostFormAsync(url + "/attempts/new", [F("Method", "Phone"), F("Outcome", "AdviceGiven"), F("Notes", "Una said her daughter helps her")]);
        await session.PostFormAsync(url + "/close", [F("Closure", "AdviceGiven")]);

        // Two years and a day later (the default retention period is 24 months).
        factory.Time.Advance(TimeSpan.FromDays(732));
        await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
            return await sp.GetRequiredService<ReferralRetention>().RunAsync();
        });

        var after = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == closed));
        Assert.NotNull(after.AnonymisedAt);
        Assert.Equal((null, null, null, null, null), (after.FullName, after.DateOfBirth, after.Email, after.Summary, after.AddressLine1));
        Assert.Empty(after.VulnerabilityFlags);
        Assert.Equal(("LE1", 900m, OffenceCategory.RomanceFraud, ReferralClosure.AdviceGiven), (after.Postcode!, after.AmountLost!.Value, after.OffenceCategory, after.Closure!.Value));
        var notes = await factory.WithDbAsync(db => db.Set<ContactAttempt>().IgnoreQueryFilters().Where(a => a.ReferralId == after.Id).Select(a => a.Notes).ToListAsync());
        Assert.Equal([null], notes);
        var erased = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordId == after.Id.ToString() && a.Action == AuditAction.Erased).ToListAsync());
        var entry = Assert.Single(erased);
        Assert.DoesNotContain("Una", entry.Details ?? "", StringComparison.Ordinal);
        var stillOpen = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == open));
        Assert.Equal(("Val Wood", (DateTimeOffset?)null), (stillOpen.FullName, stillOpen.AnonymisedAt));

        // The same reference in a later list does not bring the details back.
        // Vetting is checked too: the first officer's has expired by now.
        var again = await Session.SignedInAsync(factory, await _users.WithTeams(Team.FraudProtect).WithVettingExpiring(new DateOnly(2030, 1, 1)).BuildAsync());
        var reupload = await ImportSteps.UploadAsync(again, "referrals", Encoding.UTF8.GetBytes(csv), "r.csv");
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(again, reupload.Headers.Location!.OriginalString);
        Assert.Equal(("0", "2", "0"), (result.TestId("imported")!.TextContent, result.TestId("already-held")!.TextContent, result.TestId("updated")!.TextContent));
        Assert.Null((await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == closed))).FullName);
        var chain = await factory.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync(null, CancellationToken.None));
        Assert.True(chain.IsIntact, chain.Message);
    }
}
