using System.Net;
using ProtectHub.Core.Access;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>
/// Between midnight and 01:00 BST the UTC date is still yesterday. Every screen must take "today" from the UK date,
/// so the home page, the referral queue and the vetting check agree. The clock moves, so this class has its own host.
/// </summary>
public sealed class UkTodayTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task HalfPastMidnightBst_HomePageQueueAndVetting_AllUseTheUkDate()
    {
        var lastDay = new DateOnly(2027, 6, 30);
        var officer = await _users.WithTeams(Team.FraudProtect).WithVettingExpiring(new DateOnly(2028, 1, 31)).BuildAsync();
        var expiring = await _users.WithTeams(Team.FraudProtect).WithVettingExpiring(lastDay).BuildAsync();
        var reference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new VictimReferral
            {
                RegionCode = "EM",
                ForceCode = "LEICESTERSHIRE",
                CrimeReference = reference,
                ReportedOn = new DateOnly(2027, 6, 20),
                VictimType = VictimType.Individual,
                FullName = "Ada Overdue",
                OffenceCategory = OffenceCategory.RomanceFraud,
                Team = Team.FraudProtect,
                Status = ReferralStatus.Assigned,
                AssignedToId = officer.Id,
                AssignedToName = "Officer",
                ReceivedAt = new DateTimeOffset(2027, 6, 21, 9, 0, 0, TimeSpan.Zero),
                FirstContactDueOn = lastDay,
                RowHash = reference,
                UpdatedAt = new DateTimeOffset(2027, 6, 21, 9, 0, 0, TimeSpan.Zero),
            });
            return await db.SaveChangesAsync();
        });

        // 23:30 UTC on 30 June is 00:30 BST on 1 July: the UK date is 1 July, the UTC date still 30 June.
        factory.Time.Advance(new DateTimeOffset(2027, 6, 30, 23, 30, 0, TimeSpan.Zero) - factory.Time.GetUtcNow());

        var session = await Session.SignedInAsync(factory, officer);
        var (_, home) = await session.GetAsync("/");
        Assert.Contains(reference, home.TestId("overdue-referrals")?.TextContent ?? "", StringComparison.Ordinal);
        var (_, queue) = await session.GetAsync("/referrals?Overdue=true");
        var row = queue.QuerySelectorAll("tr").FirstOrDefault(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);

        // Vetting that ran to 30 June has expired at 00:30 on 1 July.
        var lapsed = await Session.SignedInAsync(factory, expiring);
        var (response, page) = await lapsed.GetAsync("/referrals");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("your vetting expired on 30 June 2027", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
