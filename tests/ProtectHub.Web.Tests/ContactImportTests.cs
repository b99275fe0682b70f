using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Tests;

public sealed class ContactImportTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    static ContactImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private async Task<Guid> OrganisationAsync(Session session, string name)
    {
        var created = await session.PostFormAsync("/partners/organisations/new", [F("Input.Name", name), F("Input.Kind", "Business"), F("Input.Size", "Small"), F("Input.ForceCode", "NOTTS")]);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Import_Windows1252FileWithEveryKindOfProblem_ImportsTheGoodRowsOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var organisationId = await OrganisationAsync(session, $"Café Renée {tag}");
        var csv = $"""
            Name,Job title,Email,Organisation,Lawful basis,Consent date,Consent method,Email OK
            Zoë Adams,Owner,zoe.{tag}@cafe.example,Café Renée {tag},consent,31/01/2026,Signed up at the event,yes
            Yan Bell,,yan.{tag}@bell.example,,legitimate interests,,,no
            Xavi Cole,Manager,not-an-email,,public task,,,
            Will Dale,,will.{tag}@dale.example,Nowhere Ltd {tag},consent,46000,By email,
            Vic Eden,,vic.{tag}@eden.example,,consent,,,
            Zoe Adams again,,ZOE.{tag}@cafe.example,,consent,2026-01-31,Phone call,
            Uma Fox,,uma.{tag}@fox.example,,consent,46031,Webinar chat,maybe
            Tom Gee,,tom.{tag}@gee.example,,public task,,,
            """;
        var upload = await ImportSteps.UploadAsync(session, "contacts", Encoding.GetEncoding(1252).GetBytes(csv), "contacts.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var url = upload.Headers.Location!.OriginalString;
        Assert.StartsWith("/partners/contacts/import/", url, StringComparison.Ordinal);

        var (_, mapping) = await session.GetAsync(url);
        Assert.Equal("4", mapping.QuerySelector("select[name='Map[LawfulBasis]'] option[selected]")!.GetAttribute("value"));
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(session, url);
        Assert.Equal("3", result.TestId("imported")!.TextContent);
        Assert.Equal("1", result.TestId("already-held")!.TextContent);
        Assert.Equal("4", result.TestId("invalid")!.TextContent);
        var problems = result.QuerySelectorAll("[data-testid='row-errors'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal([
            "4|Email address|Enter an email address in the correct format, like name@example.com",
            $"5|Organisation|No organisation called 'Nowhere Ltd {tag}' in your region: add or import it first, or leave the cell blank",
            "6|Date consent was given|Enter the date consent was given",
            "6|How consent was given|Enter how consent was given, for example 'signed up at the event'",
            "8|Email allowed|'maybe' is not yes or no",
        ], problems);

        var stored = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().Where(c => c.NormalisedEmail!.EndsWith(".example") && c.NormalisedEmail.Contains(tag)).OrderBy(c => c.FullName).ToListAsync());
        Assert.Equal(["Tom Gee", "Yan Bell", "Zoë Adams"], stored.Select(c => c.FullName));
        var zoe = stored[2];
        Assert.Equal((organisationId, LawfulBasis.Consent, new DateOnly(2026, 1, 31), "Signed up at the event", true), (zoe.OrganisationId!.Value, zoe.LawfulBasis, zoe.ConsentGivenOn!.Value, zoe.ConsentMethod!, zoe.AcceptsEmail));
        Assert.Equal("EM", zoe.RegionCode);
        // Imported contacts are found by contact search at once (on PostgreSQL the rows came by COPY, their words by trigger).
        var (_, found) = await session.GetAsync($"/partners/contacts?Q={tag}");
        Assert.Equal("3 contacts", found.TestId("contact-count")!.TextContent.Trim());
        // An import audits its new records in entries naming up to 90 each; searching the log by record finds Zoë's.
        var (audited, _) = await factory.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().SearchAsync(new SearchAuditOptions { RecordId = zoe.Id.ToString(), Action = AuditAction.Collected }));
        var collected = Assert.Single(audited);
        Assert.Equal("Contact", collected.RecordType);
        Assert.StartsWith("Imported 3: ", collected.Details, StringComparison.Ordinal);

        var invalid = (await (await session.Client.GetAsync(url + "?handler=invalid")).Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Row,Name,Job title,Email,Organisation,Lawful basis,Consent date,Consent method,Email OK,Errors\r\n4,Xavi Cole", invalid, StringComparison.Ordinal);

        var progress = JsonSerializer.Deserialize<JsonElement>(await session.Client.GetStringAsync(url + "?handler=progress"));
        Assert.Equal(("Finished", 8, 8), (progress.GetProperty("status").GetString(), progress.GetProperty("done").GetInt32(), progress.GetProperty("total").GetInt32()));

        // The same file again adds nothing.
        var again = await ImportSteps.UploadAsync(session, "contacts", Encoding.GetEncoding(1252).GetBytes(csv), "contacts.csv");
        var second = await ImportSteps.ImportWithSuggestedColumnsAsync(session, again.Headers.Location!.OriginalString);
        Assert.Equal(("0", "4"), (second.TestId("imported")!.TextContent, second.TestId("already-held")!.TextContent));
    }

    [Theory]
    [InlineData(null, 300, 1000, "300 of 1,000 rows checked")]
    [InlineData("Saving referrals", 200000, 1000000, "Saving referrals: 200,000 of 1,000,000 rows")]
    [InlineData("Looking for repeat victims among earlier referrals", 0, 1000000, "Looking for repeat victims among earlier referrals")]
    public void ProgressText_SaysTheStageAndTheRowsDone(string? stage, int done, int total, string expected) =>
        Assert.Equal(expected, ProtectHub.Web.Imports.ImportModel.ProgressText(stage, done, total));

    [Fact]
    public async Task Import_XlsxWithDatesAsCells_AndAMissingRequiredColumn()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(new[]
        {
            new Dictionary<string, object> { ["Full name"] = "Sam Hart", ["E-mail"] = $"sam.{tag}@hart.example", ["Basis"] = "Consent", ["Date of consent"] = new DateTime(2025, 6, 30), ["Consent source"] = "Form" },
        });
        var upload = await ImportSteps.UploadAsync(session, "contacts", xlsx.ToArray(), "contacts.xlsx");
        var result = await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
        Assert.Equal("1", result.TestId("imported")!.TextContent);
        var sam = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().SingleAsync(c => c.NormalisedEmail == $"sam.{tag}@hart.example"));
        Assert.Equal(new DateOnly(2025, 6, 30), sam.ConsentGivenOn);

        var noBasis = await ImportSteps.UploadAsync(session, "contacts", Encoding.UTF8.GetBytes("Name,Email\nAl Ink,al@ink.example\n"), "nobasis.csv");
        var page = await ImportSteps.ImportWithSuggestedColumnsAsync(session, noBasis.Headers.Location!.OriginalString);
        Assert.Equal(["Choose the column that holds the lawful basis"], page.ErrorSummary());
        var headerOnly = await Html.ParseAsync(await ImportSteps.UploadAsync(session, "contacts", Encoding.UTF8.GetBytes("Name,Email\n"), "header.csv"));
        Assert.Equal(["The selected file has a header row but no contacts"], headerOnly.ErrorSummary());
    }

    [Fact]
    public async Task Runner_AnImportCutShortAndRunAgain_EndsWithEveryRowExactlyOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var rows = Enumerable.Range(1, 2500).Select(i => $"Person {i} {tag},person{i}.{tag}@example.org,legitimate interests");
        var content = Encoding.UTF8.GetBytes("Name,Email,Lawful basis\n" + string.Join('\n', rows));
        var upload = await ImportSteps.UploadAsync(session, "contacts", content, "big.csv");
        var uploadId = Guid.Parse(upload.Headers.Location!.OriginalString.Split('/')[^1]);

        // As if the instance running it stopped after the first chunk: 1,000 rows saved, the upload left Running with its file
        // and its lease run out. (The test once ran the runner itself beside the background worker, which also took the
        // lease-less upload: two runs at once. An import only ever runs under a lease, so the worker finishes this one.)
        var mapping = new Dictionary<string, int> { ["FullName"] = 0, ["Email"] = 1, ["LawfulBasis"] = 2 };
        await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHub.Core.Data.ProtectHubDbContext>();
            sp.GetRequiredService<ProtectHub.Core.Access.ActorScopeOverride>().Scope = ProtectHub.Core.Access.ActorScope.ForUser(user.Id, "test", "EM", [ProtectHub.Core.Access.Role.Officer], null);
            var firstChunk = TabularFile.Read(Encoding.UTF8.GetBytes("Name,Email,Lawful basis\n" + string.Join('\n', rows.Take(1000))), "part.csv").File!;
            await sp.GetRequiredService<ContactImport>().RunAsync(firstChunk, mapping);
            var expired = factory.Time.GetUtcNow().AddMinutes(-1);
            await db.Set<ImportUpload>().IgnoreQueryFilters().Where(u => u.Id == uploadId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, ImportStatus.Running).SetProperty(u => u.MappingJson, JsonSerializer.Serialize(mapping, JsonSerializerOptions.Default))
                    .SetProperty(u => u.LeaseHolder, "stopped-instance").SetProperty(u => u.LeaseExpiresAt, expired));
            return 0;
        });

        // Taken over by the background worker, the import finishes without doubling anything.
        await factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ImportQueue>().Wake();
            return Task.FromResult(0);
        });
        var page = await ImportSteps.WaitForResultAsync(session, upload.Headers.Location!.OriginalString);
        Assert.Equal(("1500", "1000", "0"), (page.TestId("imported")!.TextContent, page.TestId("already-held")!.TextContent, page.TestId("invalid")!.TextContent));
        var count = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().CountAsync(c => c.FullName.EndsWith(" " + tag)));
        Assert.Equal(2500, count);
        var distinct = await factory.WithDbAsync(db => db.Set<Contact>().IgnoreQueryFilters().Where(c => c.FullName.EndsWith(" " + tag)).Select(c => c.NormalisedEmail).Distinct().CountAsync());
        Assert.Equal(2500, distinct);
    }
}
