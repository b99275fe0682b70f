using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Tests;

public sealed class DevelopmentFactory : ProtectHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

public sealed class DemoTests(DevelopmentFactory development) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Development_DemoUsersAreListedAndSignInWithoutMfa_AndCannotSeeAnotherRegion()
    {
        var session = new Session(development);
        var (_, signIn) = await session.GetAsync("/sign-in");
        var banner = signIn.TestId("demo-banner")!.TextContent;
        Assert.All(DemoSeeder.Users, u => Assert.Contains(u.Email, banner, StringComparison.Ordinal));

        var response = await session.PostFormAsync("/sign-in", ("Email", "regional.admin@demo.protecthub.test"), ("Password", DemoOptions.Password));
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);

        var otherRegionUser = development.Services.GetRequiredService<DemoOptions>().OtherRegionUserId;
        Assert.NotNull(otherRegionUser);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/users/{otherRegionUser}")).StatusCode);
        var (_, users) = await session.GetAsync("/admin/users");
        Assert.Equal($"{DemoSeeder.Users.Count} users", users.TestId("user-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Development_DemoRecords_GiveTheDashboardsAndQueuesSomethingToShow()
    {
        var session = new Session(development);
        await session.PostFormAsync("/sign-in", ("Email", "head@demo.protecthub.test"), ("Password", DemoOptions.Password));

        var (response, dashboard) = await session.GetAsync("/performance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A year and a half of invented work: the four quarters of the trend hold tens of engagements and referrals.
        static int Sum(AngleSharp.Dom.IElement table) => table.QuerySelectorAll("tbody td").Sum(td => int.Parse(td.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.InRange(Sum(dashboard.TestId("table-trend-engagements")!), 20, 90);
        Assert.InRange(Sum(dashboard.TestId("table-trend-referrals")!), 50, 200);
        var (_, queue) = await session.GetAsync("/referrals");
        Assert.NotEmpty(queue.QuerySelectorAll("[data-testid='referral-link']"));
    }

    [Fact]
    public async Task Development_CyberPreventOfficer_HasCasesToWork_AndAReviewDue()
    {
        var session = new Session(development);
        await session.PostFormAsync("/sign-in", ("Email", "officer.cyberprevent@demo.protecthub.test"), ("Password", DemoOptions.Password));
        var (_, home) = await session.GetAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/prevent']"));
        Assert.Contains("6-month review", home.TestId("prevent-reviews-due")!.TextContent, StringComparison.Ordinal);
        var (response, list) = await session.GetAsync("/prevent");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(list.TestId("cases")!.QuerySelectorAll("tbody tr").Length, 5, 12);
        var (_, consultations) = await session.GetAsync("/prevent/consultations");
        Assert.Equal(4, consultations.TestId("consultations")!.QuerySelectorAll("tbody tr").Length);
    }

    /// <summary>Issue 21 (bug 11): demo titles in words ("Conference stand", not "ConferenceStand"), postcodes inside their force.</summary>
    [Fact]
    public async Task Development_DemoRecords_ReadLikeRealOnes()
    {
        var titles = await development.WithDbAsync(db => db.Set<ProtectHub.Core.Engagements.Engagement>().IgnoreQueryFilters()
            .Where(e => e.RegionCode == DemoOptions.RegionCode).Select(e => e.Title).ToListAsync());
        Assert.NotEmpty(titles);
        Assert.DoesNotContain(titles, t => System.Text.RegularExpressions.Regex.IsMatch(t.Split(" for ")[0], "[a-z][A-Z]"));
        var organisations = await development.WithDbAsync(db => db.Set<ProtectHub.Core.Partners.Organisation>().IgnoreQueryFilters()
            .Where(o => o.RegionCode == DemoOptions.RegionCode && o.Postcode != null).Select(o => new { o.ForceCode, o.Postcode }).ToListAsync());
        var areas = new Dictionary<string, string> { ["DERBYSHIRE"] = "DE", ["LEICESTERSHIRE"] = "LE", ["LINCOLNSHIRE"] = "LN", ["NORTHANTS"] = "NN", ["NOTTS"] = "NG" };
        Assert.NotEmpty(organisations);
        Assert.All(organisations, o => Assert.StartsWith(areas[o.ForceCode], o.Postcode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Development_DemoReferrals_AreAssignedToOfficersOfTheirOwnTeam()
    {
        var assigned = await development.WithDbAsync(db => db.Set<ProtectHub.Core.Victims.VictimReferral>().IgnoreQueryFilters()
            .Where(r => r.RegionCode == DemoOptions.RegionCode && r.AssignedToId != null)
            .Join(db.Users.IgnoreQueryFilters(), r => r.AssignedToId, u => u.Id, (r, u) => new { r.Team, u.Teams }).ToListAsync());
        Assert.NotEmpty(assigned);
        Assert.All(assigned, a => Assert.Contains(a.Team, a.Teams));
    }

    [Fact]
    public async Task Development_ExpiredVettingDemoUser_IsToldWhyTheAuditLogIsClosed()
    {
        var session = new Session(development);
        await session.PostFormAsync("/sign-in", ("Email", "expired.vetting@demo.protecthub.test"), ("Password", DemoOptions.Password));
        var (response, page) = await session.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("your vetting expired on", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The home page says why the areas are closed, as the pages do (issue 21, bug 11), not "Not for your role".
        var (_, home) = await session.GetAsync("/");
        var areas = home.TestId("areas")!.TextContent;
        Assert.Contains("Closed until your vetting is renewed", areas, StringComparison.Ordinal);
        Assert.DoesNotContain("Not for your role", areas, StringComparison.Ordinal);
    }
}

public sealed class NoDemoOutsideDevelopmentTests(ProtectHubFactory production) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task OutsideDevelopment_NoDemoBannerAndNoDemoUsers()
    {
        var session = new Session(production);
        var (_, signIn) = await session.GetAsync("/sign-in");
        Assert.Null(signIn.TestId("demo-banner"));
        var page = await Html.ParseAsync(await session.PostFormAsync("/sign-in", ("Email", "regional.admin@demo.protecthub.test"), ("Password", DemoOptions.Password)));
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary());
        Assert.False(production.Services.GetRequiredService<DemoOptions>().Enabled);
    }
}

/// <summary>A host on a database an earlier host made, in the environment given.</summary>
public sealed class ExistingDatabaseFactory(string connectionString, string environment) : ProtectHubFactory(connectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }
}

public sealed class DemoModeSafetyTests
{
    [Fact]
    public async Task DemoSeeding_DatabaseHoldsRealUsers_RefusesToStart()
    {
        string connectionString;
        using (var production = new ProtectHubFactory())
        {
            await new TestUserBuilder(production).WithRoles(Role.SystemAdministrator).BuildAsync();
            connectionString = production.ConnectionString;
        }

        using var development = new ExistingDatabaseFactory(connectionString, "Development");
        var refused = Assert.Throws<DemoModeRefusedException>(() => development.Services);
        Assert.Contains("1 user(s) that are not demo accounts", refused.Message, StringComparison.Ordinal);

        using var check = new ExistingDatabaseFactory(connectionString, "Testing");
        var demoUsers = await check.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync(u => u.IsDemoAccount));
        Assert.Equal(0, demoUsers);
    }

    [Theory]
    [InlineData("Production", null, "Development", null)]
    [InlineData(null, "Staging", "Development", null)]
    [InlineData(null, null, "Development", "Development")]
    [InlineData(null, null, null, null)]
    public void LaunchEnvironment_ShellChoiceWinsOverTheLaunchProfile(string? aspnetcore, string? dotnet, string? launchProfile, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = aspnetcore,
            ["DOTNET_ENVIRONMENT"] = dotnet,
            [LaunchEnvironment.Variable] = launchProfile,
        };
        Assert.Equal(expected, LaunchEnvironment.Choose([], name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void LaunchEnvironment_CommandLineEnvironment_WinsOverTheLaunchProfile() =>
        Assert.Null(LaunchEnvironment.Choose(["--environment", "Production"], name => name == LaunchEnvironment.Variable ? "Development" : null));

    [Fact]
    public void LaunchSettings_NeverSetTheHostEnvironment()
    {
        // dotnet run applies a launch profile's variables over the shell's: setting the environment there made
        // "ASPNETCORE_ENVIRONMENT=Production dotnet run" start in Development with demo users.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProtectHub.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var settings = File.ReadAllText(Path.Combine(directory.FullName, "src", "ProtectHub.Web", "Properties", "launchSettings.json"));
        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("DOTNET_ENVIRONMENT", settings, StringComparison.Ordinal);
        Assert.Contains(LaunchEnvironment.Variable, settings, StringComparison.Ordinal);
    }
}
