using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>The effectiveness review over the hand-counted fixture (financial year 2026 to 2027).</summary>
public sealed class EffectivenessTests(PerformanceFactory factory) : IClassFixture<PerformanceFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static async Task<HttpResponseMessage> UploadPopulationAsync(Session session, string csv)
    {
        var (_, form) = await session.GetAsync("/performance/effectiveness");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", "population.csv");
        return await session.Client.PostAsync("/performance/effectiveness?handler=Population", body);
    }

    [Fact]
    public async Task Review_ShowsUpliftByTopicAndAudience_ReReportingOfReachedVictims_AndReachAgainstThePopulation()
    {
        await factory.SeededAsync();
        // R1 (reached, July) is referred again in October; R2 (reached) has a link an officer rejected.
        await factory.WithDbAsync(async db =>
        {
            var references = await db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.RegionCode == "EM").OrderBy(r => r.ReceivedAt).ToListAsync();
            var (r1, r2) = (references.Single(r => r.ContactedInTime == true && r.FirstContactWorkingDays == 2), references.Single(r => r.FirstContactWorkingDays == 7));
            var again = new VictimReferral
            {
                RegionCode = "EM",
                ForceCode = r1.ForceCode,
                CrimeReference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
                ReportedOn = new DateOnly(2026, 10, 20),
                VictimType = VictimType.Individual,
                FullName = "Fixture Victim",
                OffenceCategory = OffenceCategory.RomanceFraud,
                Team = Team.FraudProtect,
                ReceivedAt = r1.ReceivedAt.AddDays(106),
                FirstContactDueOn = new DateOnly(2026, 10, 27),
                RowHash = "fixture",
                ImportId = Guid.NewGuid(),
                UpdatedAt = r1.ReceivedAt,
            };
            db.Add(again);
            db.Add(new ReferralLink { RegionCode = "EM", ReferralId = again.Id, EarlierReferralId = r1.Id, MatchProbability = 0.99, Decision = LinkDecision.Confirmed });
            db.Add(new ReferralLink { RegionCode = "EM", ReferralId = again.Id, EarlierReferralId = r2.Id, MatchProbability = 0.6, Decision = LinkDecision.Rejected });
            return await db.SaveChangesAsync();
        });
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());

        var (_, page) = await coordinator.GetAsync("/performance/effectiveness?year=2026");

        var topics = page.TestId("table-uplift-topic")!.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(2, topics.Count);
        Assert.Equal("2.5", topics[0].Item2); // the fixture topic: 1.5 before, 4 after, over two ratings
        Assert.Equal("1", topics[1].Item2);
        var audiences = page.TestId("table-uplift-audience")!.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal("3", audiences["Older people (1)"]);
        Assert.Equal("1.5", audiences["SME staff (2)"]);
        // Reached: R1, R2, R4; R1 came back within 6 months. Not reached: R3, R5 and the new one.
        Assert.Equal("1 (33.3%)", page.TestId("again6-reached")!.TextContent);
        Assert.Equal("0 (0%)", page.TestId("again12-not")!.TextContent);
        Assert.NotNull(page.TestId("window-incomplete"));
        Assert.Equal("", page.TestId($"reach-{PerformanceFixture.Lincs}-C")!.QuerySelector("[data-testid='reach-share']")!.TextContent);

        // A bad population file is refused whole, with each problem by row and field.
        var bad = await Html.ParseAsync(await UploadPopulationAsync(coordinator, "Force,Sector,Businesses\nLincolnshire Police,C,400\nKent Police,Z,many\n"));
        var errors = bad.TestId("population-errors")!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Row 3, Force: \"Kent Police\" is not a force area of your region", errors[0], StringComparison.Ordinal);
        Assert.Equal("Row 3, Sector: \"Z\" is not a UK SIC 2007 section letter (A to U)", errors[1]);
        Assert.Equal("Row 3, Businesses: \"many\" is not a whole number of businesses", errors[2]);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Performance.BusinessPopulation>().IgnoreQueryFilters().CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await UploadPopulationAsync(coordinator, "Force,Sector,Businesses\nLincolnshire Police,C,400\nNOTTS,C,\"1,000\"\n")).StatusCode);
        var (_, loaded) = await coordinator.GetAsync("/performance/effectiveness?year=2026");
        Assert.Equal("0.5%", loaded.TestId($"reach-{PerformanceFixture.Lincs}-C")!.QuerySelector("[data-testid='reach-share']")!.TextContent); // O1 and O4 of 400
        Assert.Equal("0.1%", loaded.TestId($"reach-{PerformanceFixture.Notts}-C")!.QuerySelector("[data-testid='reach-share']")!.TextContent); // O3 of 1,000

        // Only coordinators load population figures: the page refuses, and so does the core behind it.
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadPopulationAsync(officer, "Force,Sector,Businesses\nNOTTS,C,5\n")).StatusCode);
        var refused = await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = new ActorScope { UserId = officerUser.Id, ActorName = "officer", RestrictToRegion = true, RegionCode = "EM" };
            return await sp.GetRequiredService<ProtectHub.Core.Performance.EffectivenessReview>().LoadPopulationAsync(Encoding.UTF8.GetBytes("Force,Sector,Businesses\nNOTTS,C,5\n"), "p.csv");
        });
        Assert.Equal("Only coordinators load business population figures", Assert.Single(refused).Message);
        Assert.Equal("0.1%", (await coordinator.GetAsync("/performance/effectiveness?year=2026")).Document.TestId($"reach-{PerformanceFixture.Notts}-C")!.QuerySelector("[data-testid='reach-share']")!.TextContent);
    }
}
