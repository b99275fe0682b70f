using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

/// <summary>What a new user tripped over (issue 21): postcode search and force names in imports.</summary>
public sealed class OfficerExperienceTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task OrganisationSearch_FindsOutwardCodesPartialAndUnspacedPostcodes()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            foreach (var (name, postcode) in new[] { ($"Harbour {tag}", "TR1 9BB"), ($"Cliff {tag}", "TR19 7AA"), ($"Moor {tag}", "TR2 4DD") })
            {
                db.Add(new Organisation { RegionCode = "EM", Name = name, NormalisedName = OrganisationDirectory.NormaliseName(name), ForceCode = "NOTTS", Postcode = postcode });
            }

            return await db.SaveChangesAsync();
        });
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());

        async Task<string[]> Found(string q)
        {
            var (_, page) = await session.GetAsync($"/partners/organisations?Q={Uri.EscapeDataString(q)}");
            return [.. page.QuerySelectorAll("[data-testid='organisations'] a").Select(a => a.TextContent.Trim()).Where(t => t.EndsWith(tag, StringComparison.Ordinal)).Order()];
        }

        Assert.Equal([$"Harbour {tag}"], await Found("TR1"));
        Assert.Equal([$"Harbour {tag}"], await Found("tr19bb"));
        Assert.Equal([$"Harbour {tag}"], await Found("tr1 9"));
        Assert.Equal([$"Cliff {tag}", $"Harbour {tag}"], await Found("TR19"));
        Assert.Equal([$"Harbour {tag}"], await Found("TR1 9BB"));
        Assert.Empty(await Found("TR5"));
    }

    [Fact]
    public async Task OrganisationImport_ReadsForceNamesAsEveryImportDoes_AndSaysWhatIsWrongInImportWording()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var csv = $"Name,Kind,Size,Force\nNorth {tag},business,small,Nottinghamshire\nSouth {tag},business,small,Northamptonshire\nEast {tag},business,small,Notts\nWest {tag},business,small,Northamptonshire Police\nFar {tag},business,small,Kent\n";
        var upload = await ImportSteps.UploadAsync(session, "organisations", Encoding.UTF8.GetBytes(csv), "forces.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);

        Assert.True(page.TestId("imported")?.TextContent == "4", string.Join(" ", page.Body!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var forces = await factory.WithDbAsync(db => db.Set<Organisation>().IgnoreQueryFilters().Where(o => o.Name.EndsWith(tag)).OrderBy(o => o.Name)
            .Select(o => o.Name + "=" + o.ForceCode).ToListAsync());
        Assert.Equal([$"East {tag}=NOTTS", $"North {tag}=NOTTS", $"South {tag}=NORTHANTS", $"West {tag}=NORTHANTS"], forces);
        Assert.Contains("'Kent' is not a force area of your region", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Select a force area", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdministration_ShowsWhenEachUserLastSignedIn_AndSaysAuthenticatorNotSetUpForThatStatus()
    {
        var admin = await _users.WithRoles(ProtectHub.Core.Access.Role.RegionalAdministrator).BuildAsync();
        var signedIn = await _users.BuildAsync();
        var never = await _users.BuildAsync();
        var pending = await _users.NotEnrolled().BuildAsync();
        var before = factory.Time.GetUtcNow();
        await Session.SignedInAsync(factory, signedIn);
        var after = factory.Time.GetUtcNow();
        var session = await Session.SignedInAsync(factory, admin);

        async Task<(string Status, string Last)> RowOf(TestUser user)
        {
            var (_, page) = await session.GetAsync($"/admin/users?q={Uri.EscapeDataString(user.Email)}");
            var row = page.QuerySelectorAll("[data-testid='user-row']").Single(r => r.TextContent.Contains(user.Email, StringComparison.Ordinal));
            return (row.QuerySelectorAll("td")[3].TextContent.Trim(), row.QuerySelector("[data-testid='last-signed-in']")!.TextContent.Trim());
        }

        // The test clock moves on during sign-in (authenticator codes): the time shown is within the sign-in.
        var (status, last) = await RowOf(signedIn);
        Assert.Equal("Active", status);
        Assert.Contains(last, new[] { ProtectHub.Core.Time.UkFormat.ToUkShortDateTime(before), ProtectHub.Core.Time.UkFormat.ToUkShortDateTime(after) });
        Assert.Equal(("Active", "Never"), await RowOf(never));
        Assert.Equal(("Authenticator not set up", "Never"), await RowOf(pending));
    }
}
