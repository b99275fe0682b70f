using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Files;
using ProtectHub.Core.Materials;

namespace ProtectHub.Web.Tests;

/// <summary>The materials library through the pages, on whichever database the run uses, with the store that database uses by default.</summary>
public sealed class MaterialTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Material_UploadedCheckedVersionedAndDownloaded_WithItsChecksum()
    {
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var title = Unique("Phishing awareness slides");
        var first = MaterialSteps.PowerPoint("<p:presentation>one</p:presentation>");
        var id = await MaterialSteps.AddAsync(officer, title, first, "phishing.pptx");

        var (_, page) = await officer.GetAsync($"/materials/{id}");
        Assert.Equal(title, page.TestId("title")!.TextContent.Trim());
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(first)), page.TestId("versions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("TLP:GREEN", page.TestId("tlp")!.QuerySelector("strong")!.TextContent.Trim());

        var second = MaterialSteps.PowerPoint("<p:presentation>two</p:presentation>");
        var uploaded = await MaterialSteps.PostAsync(officer, $"/materials/{id}", [("Note", "New statistics")], (second, "phishing v2.pptx"), handler: "Version");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var versions = await factory.WithDbAsync(db => db.Set<MaterialVersion>().Where(v => v.MaterialId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", versions[1].ContentType);

        // Every version is kept and downloads exactly as uploaded, counted.
        var download = await officer.Client.GetAsync($"/materials/{id}/versions/{versions[0].Id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(first, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(second, await (await officer.Client.GetAsync($"/materials/{id}/versions/{versions[1].Id}/download")).Content.ReadAsByteArrayAsync());
        var counted = await factory.WithDbAsync(db => db.Set<Material>().SingleAsync(m => m.Id == id));
        Assert.Equal(2, counted.Downloads);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync($"/materials/{id}/versions/{Guid.NewGuid()}/download")).StatusCode);
    }

    [Fact]
    public async Task Files_AreCheckedByContent_NotName_WithTheReasonNamed()
    {
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        async Task<IReadOnlyList<string>> ErrorsAsync(byte[] content, string name) =>
            (await Html.ParseAsync(await MaterialSteps.PostAsync(officer, "/materials/new", MaterialSteps.Details(Unique("Refused")), (content, name)))).ErrorSummary();

        Assert.Contains("'slides.pptx' is a program, not a document", await ErrorsAsync("MZ\u0090\0\u0003\0\0\0this program"u8.ToArray(), "slides.pptx"));
        Assert.Contains("'policy.docx' contains macros, which are refused: save it without macros (as .docx, .pptx or .xlsx) and upload that",
            await ErrorsAsync(MaterialSteps.WordWithMacros(), "policy.docx"));
        Assert.Contains("'notes.pdf' must be a PDF, an Office document (Word, PowerPoint or Excel) or an image (PNG, JPEG, GIF or WebP): its content is none of these, whatever its name says",
            await ErrorsAsync("just some text"u8.ToArray(), "notes.pdf"));
        // Every field's error at once, with the file's.
        var all = (await Html.ParseAsync(await MaterialSteps.PostAsync(officer, "/materials/new", [], ("MZ"u8.ToArray(), "x.pdf")))).ErrorSummary();
        Assert.Contains("Enter a title", all);
        Assert.Contains("Select the TLP marking: how far it may be shared", all);
        Assert.Contains("Enter the date it must be reviewed by", all);
        Assert.Contains("'x.pdf' is a program, not a document", all);
        Assert.False(await factory.WithDbAsync(db => db.Set<Material>().AnyAsync(m => m.Title.StartsWith("Refused"))));
    }

    [Fact]
    public async Task National_IsReadByEveryRegion_ButChangedOnlyByItsOwn_AndRegionalIsA404Elsewhere()
    {
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var national = Unique("Take Five leaflet");
        var nationalId = await MaterialSteps.AddAsync(coordinator, national, MaterialSteps.Pdf, "take-five.pdf", ("IsNational", "true"));
        var regionalId = await MaterialSteps.AddAsync(officer, Unique("East Midlands poster"), MaterialSteps.Pdf, "poster.pdf");
        var refused = await Html.ParseAsync(await MaterialSteps.PostAsync(officer, "/materials/new", [.. MaterialSteps.Details(Unique("Mine")), ("IsNational", "true")], (MaterialSteps.Pdf, "a.pdf")));
        Assert.Contains("Only a coordinator or head of unit can share a material with every region", refused.ErrorSummary());

        var elsewhere = await Session.SignedInAsync(factory, await _users.InRegion("NW").BuildAsync());
        var (_, list) = await elsewhere.GetAsync("/materials?q=" + Uri.EscapeDataString(national));
        Assert.Equal("1 material", list.TestId("count")!.TextContent.Trim());
        var (response, page) = await elsewhere.GetAsync($"/materials/{nationalId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.TestId("edit"));
        var version = await factory.WithDbAsync(db => db.Set<MaterialVersion>().SingleAsync(v => v.MaterialId == nationalId));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.Client.GetAsync($"/materials/{nationalId}/versions/{version.Id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Client.GetAsync($"/materials/{nationalId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostFormAsync($"/materials/{nationalId}", [], formPage: "/materials/new", handler: "Retire")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Client.GetAsync($"/materials/{regionalId}")).StatusCode);
    }

    [Fact]
    public async Task Engagement_RecordsTheVersionItUsed_AndRetiredMaterialsLeaveThePicker()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var title = Unique("Exercise in a Box: ransomware");
        var id = await MaterialSteps.AddAsync(officer, title, MaterialSteps.Pdf, "exercise.pdf");
        var engagement = await EngagementSteps.PlanAsync(officer, "Tabletop exercise for Derby firms", officerUser.Id, "20", "11", "2026");
        var (_, picker) = await officer.GetAsync(engagement + "/materials");
        Assert.NotNull(picker.QuerySelector($"option[value='{id}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(engagement + "/materials", ("MaterialId", id.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MaterialSteps.PostAsync(officer, $"/materials/{id}", [], (MaterialSteps.Pdf.Concat("%v2"u8.ToArray()).ToArray(), "exercise-v2.pdf"), handler: "Version")).StatusCode);
        var (_, details) = await officer.GetAsync(engagement);
        Assert.Contains($"{title}, version 1", details.TestId("materials-used")!.TextContent, StringComparison.Ordinal);
        var (_, materialPage) = await officer.GetAsync($"/materials/{id}");
        Assert.StartsWith("1 engagement", materialPage.TestId("use")!.TextContent.Trim(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/materials/{id}", [], handler: "Retire")).StatusCode);
        var another = await EngagementSteps.PlanAsync(officer, "Another exercise", officerUser.Id, "21", "11", "2026");
        (_, picker) = await officer.GetAsync(another + "/materials");
        Assert.Null(picker.QuerySelector($"option[value='{id}']"));
        var (_, list) = await officer.GetAsync("/materials?q=" + Uri.EscapeDataString(title));
        Assert.Equal("0 materials", list.TestId("count")!.TextContent.Trim());
        (_, list) = await officer.GetAsync("/materials?retired=true&q=" + Uri.EscapeDataString(title));
        Assert.Equal("1 material", list.TestId("count")!.TextContent.Trim());
        (_, details) = await officer.GetAsync(engagement);
        Assert.Contains(title, details.TestId("materials-used")!.TextContent, StringComparison.Ordinal); // History kept.
    }

    [Fact]
    public async Task ReviewReminders_EmailTheOwnerOncePerReviewDate_AndShowOnTheirHomePage()
    {
        var ownerUser = await _users.BuildAsync();
        var owner = await Session.SignedInAsync(factory, ownerUser);
        var title = Unique("Romance fraud leaflet");
        var id = await MaterialSteps.AddAsync(owner, title, MaterialSteps.Pdf, "romance.pdf");
        await factory.WithDbAsync(db => db.Set<Material>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReviewBy, new DateOnly(2026, 11, 1))));

        var (_, home) = await owner.GetAsync("/");
        Assert.NotNull(home.TestId("materials-due")!.QuerySelector($"a[href='/materials/{id}']"));
        async Task<int> RemindAsync() => await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
            return await sp.GetRequiredService<MaterialReviews>().RemindAsync();
        });
        await RemindAsync(); // The daily job may have sent it already (the fake clock moves as users sign in): either way, one email.
        var reminder = (await factory.Smtp.MessagesAsync()).Single(m => m.To.Mailboxes.Single().Address == ownerUser.Email);
        Assert.Contains(title, reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await RemindAsync()); // Once per review date.
        Assert.Single(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == ownerUser.Email);
    }

    [Fact]
    public async Task BothFileStores_KeepAndReturnAFileOfSeveralChunks()
    {
        var content = new byte[StoredFileChunk.Size * 2 + 12345];
        new Random(11).NextBytes(content);
        var id = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            await new DatabaseFileStore(db).SaveAsync(id, new MemoryStream(content));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<StoredFileChunk>().CountAsync(c => c.FileId == id)));
        var copy = new MemoryStream();
        Assert.True(await factory.WithDbAsync(db => new DatabaseFileStore(db).CopyToAsync(id, copy)));
        Assert.Equal(content, copy.ToArray());

        var folder = new FolderFileStore(factory.FilesFolder);
        await folder.SaveAsync(id, new MemoryStream(content));
        copy = new MemoryStream();
        Assert.True(await folder.CopyToAsync(id, copy));
        Assert.Equal(content, copy.ToArray());
    }
}
