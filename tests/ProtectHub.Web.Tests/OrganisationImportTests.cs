using System.Net;
using System.Text;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

public sealed class OrganisationImportTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static Task<HttpResponseMessage> UploadAsync(Session session, byte[] content, string fileName) =>
        ImportSteps.UploadAsync(session, "organisations", content, fileName);

    private static Task<AngleSharp.Dom.IDocument> ImportWithSuggestedColumnsAsync(Session session, string url) =>
        ImportSteps.ImportWithSuggestedColumnsAsync(session, url);

    [Fact]
    public async Task Import_MixedFile_ImportsValidRowsReportsEachProblemAndIsIdempotent()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        await session.PostFormAsync("/partners/organisations/new", [new("Input.Name", $"Held {tag}"), new("Input.Kind", "Charity"),
            new("Input.ForceCode", "DERBYSHIRE"), new("Input.Postcode", "DE1 2AA")]);
        var csv = $"""
            Organisation name,Type,Staff,Force area,Postcode,Company number
            Bakery {tag},business,12,Lincolnshire Police,LN2 1PQ,01234567
            Held {tag} Ltd,charity,,DERBYSHIRE,DE1 2AA,
            School {tag},school,,NOTTS,NG1 5FS,
            Bad {tag},spaceship,5,NOTTS,NOT A POSTCODE,
            Short {tag},business
            """;
        var upload = await UploadAsync(session, Encoding.UTF8.GetBytes(csv), "organisations.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var mappingUrl = upload.Headers.Location!.OriginalString;

        var result = await ImportWithSuggestedColumnsAsync(session, mappingUrl);
        Assert.Equal("2", result.TestId("imported")!.TextContent);
        Assert.Equal("1", result.TestId("already-held")!.TextContent);
        Assert.Equal("2", result.TestId("invalid")!.TextContent);
        var problems = result.QuerySelectorAll("[data-testid='row-errors'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Contains(problems, p => p.StartsWith("5|Kind of organisation|'spaceship' is not a kind", StringComparison.Ordinal));
        Assert.Contains(problems, p => p == "5|Postcode|Enter a real UK postcode, like LE1 6ZG");
        Assert.Contains(problems, p => p == "6|Row|Row has 2 values but the header has 6 columns");

        var invalid = await session.Client.GetAsync(mappingUrl + "?handler=invalid");
        var invalidCsv = (await invalid.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Row,Organisation name,Type,Staff,Force area,Postcode,Company number,Errors\r\n5,Bad", invalidCsv, StringComparison.Ordinal);
        Assert.Equal(3, invalidCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var (_, list) = await session.GetAsync($"/partners/organisations?Q={tag}");
        Assert.Equal("3 organisations", list.TestId("organisation-count")!.TextContent.Trim());
        var stored = await factory.WithDbAsync(db => Task.FromResult(db.Set<Organisation>().Single(o => o.Name == $"Bakery {tag}")));
        Assert.Equal(("LINCOLNSHIRE", SizeBand.Small, "LN2 1PQ", "01234567"), (stored.ForceCode, stored.Size!.Value, stored.Postcode, stored.CompaniesHouseNumber));

        // The same file again adds nothing.
        var again = await UploadAsync(session, Encoding.UTF8.GetBytes(csv), "organisations.csv");
        var secondResult = await ImportWithSuggestedColumnsAsync(session, again.Headers.Location!.OriginalString);
        Assert.Equal("0", secondResult.TestId("imported")!.TextContent);
        Assert.Equal("3", secondResult.TestId("already-held")!.TextContent);
        var (_, listAgain) = await session.GetAsync($"/partners/organisations?Q={tag}");
        Assert.Equal("3 organisations", listAgain.TestId("organisation-count")!.TextContent.Trim());
        // An import runs once: posting its columns again changes nothing.
        var rerun = await session.PostFormAsync(mappingUrl, [new("Map[Name]", "0"), new("Map[Kind]", "1"), new("Map[ForceCode]", "3")]);
        Assert.Equal(HttpStatusCode.Redirect, rerun.StatusCode);
        var (_, first) = await session.GetAsync(mappingUrl);
        Assert.Equal("2", first.TestId("imported")!.TextContent);
        Assert.Equal(3, await factory.WithDbAsync(db => Task.FromResult(db.Set<Organisation>().Count(o => o.Name.Contains(tag)))));
    }

    [Fact]
    public async Task Import_BadFiles_GetOneClearMessageEach()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var empty = await Html.ParseAsync(await UploadAsync(session, [], "empty.csv"));
        Assert.Equal(["The selected file is empty"], empty.ErrorSummary());
        var binary = await Html.ParseAsync(await UploadAsync(session, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "photo.csv"));
        Assert.Equal(["The selected file must be a CSV or Excel (.xlsx) file"], binary.ErrorSummary());
        var headerOnly = await Html.ParseAsync(await UploadAsync(session, Encoding.UTF8.GetBytes("Name,Kind\n"), "header.csv"));
        Assert.Equal(["The selected file has a header row but no organisations"], headerOnly.ErrorSummary());

        var noForce = await UploadAsync(session, Encoding.UTF8.GetBytes("Name,Kind\nAcme,business\n"), "noforce.csv");
        var page = await ImportWithSuggestedColumnsAsync(session, noForce.Headers.Location!.OriginalString);
        Assert.Equal(["Choose the column that holds the force area"], page.ErrorSummary());
        Assert.Equal("#Map_ForceCode_", page.QuerySelector("[data-testid='error-summary'] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Map_ForceCode_"));
    }

    [Fact]
    public async Task Import_SomeoneElsesUpload_Answers404()
    {
        var owner = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var upload = await UploadAsync(owner, Encoding.UTF8.GetBytes("Name,Kind,Force\nAcme,business,NOTTS\n"), "a.csv");
        var url = upload.Headers.Location!.OriginalString;
        var colleague = await Session.SignedInAsync(factory, await _users.BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync(url)).StatusCode);
        var otherRegion = await Session.SignedInAsync(factory, await _users.InRegion("WA").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.Client.GetAsync(url)).StatusCode);
    }
}
