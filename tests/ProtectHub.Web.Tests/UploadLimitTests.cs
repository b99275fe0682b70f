using System.IO.Compression;
using System.Net;
using System.Text;

namespace ProtectHub.Web.Tests;

/// <summary>The import upload page against files that break its limits (set small here by <see cref="SmallImportLimitsFactory"/>).</summary>
public sealed class UploadLimitTests(SmallImportLimitsFactory factory) : IClassFixture<SmallImportLimitsFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task Upload_FileFarOverTheSizeLimit_AnswersTheUploadPageWithTheSizeError()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        // Four times the limit: turned back before the body is read (the anti-forgery check would fail reading it with a bare 400).
        var upload = await ImportSteps.UploadAsync(session, "organisations", Csv(4 * SmallImportLimitsFactory.MaxUploadBytes), "big.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var (response, page) = await session.GetAsync(upload.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The selected file must be smaller than 64 KB"], page.ErrorSummary());
        Assert.Contains("smaller than 64 KB", page.QuerySelector("#Upload-hint")!.TextContent, StringComparison.Ordinal);

        // Answered before anything reads the form: even the anti-forgery check, which would have failed here with a 400.
        using var noToken = new MultipartFormDataContent { { new ByteArrayContent(Csv(4 * SmallImportLimitsFactory.MaxUploadBytes)), "Upload", "big.csv" } };
        var early = await session.Client.PostAsync("/partners/organisations/import", noToken);
        Assert.Equal("/partners/organisations/import?error=too-large", early.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Upload_FileJustOverTheSizeLimit_AnswersWithTheSizeError()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var upload = await ImportSteps.UploadAsync(session, "referrals", Csv(SmallImportLimitsFactory.MaxUploadBytes + 1), "big.csv");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(["The selected file must be smaller than 64 KB"], (await Html.ParseAsync(upload)).ErrorSummary());
    }

    [Fact]
    public async Task Upload_FilesBreakingTheReadLimits_GetOneClearMessageEach()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        async Task<IReadOnlyList<string>> Errors(byte[] content, string fileName) =>
            (await Html.ParseAsync(await ImportSteps.UploadAsync(session, "contacts", content, fileName))).ErrorSummary();

        Assert.Equal(["The selected file is too large once uncompressed: it expands beyond 1 MB (the limit)"], await Errors(Bomb(2 * 1024 * 1024), "bomb.xlsx"));
        Assert.Equal(["The selected file has more than 20 columns (the limit)"],
            await Errors(Encoding.ASCII.GetBytes(string.Join(',', Enumerable.Range(1, 5000)) + "\n1\n"), "wide.csv"));
        Assert.Equal(["The selected file has more than 100 rows (the limit)"],
            await Errors(Encoding.ASCII.GetBytes("Name\n" + string.Concat(Enumerable.Range(1, 101).Select(i => $"Person {i}\n"))), "long.csv"));
        var noise = new byte[32 * 1024];
        new Random(7).NextBytes(noise);
        Assert.Equal(["The selected file must be a CSV or Excel (.xlsx) file"], await Errors(noise.Where(b => b != 0).ToArray(), "noise.csv"));
    }

    private static byte[] Csv(int bytes)
    {
        var csv = new StringBuilder("Name,Kind\n");
        while (csv.Length < bytes)
        {
            csv.Append("Acme,business\n");
        }

        return Encoding.ASCII.GetBytes(csv.ToString(0, bytes));
    }

    /// <summary>An .xlsx of nothing but a worksheet that inflates to <paramref name="bytes"/>.</summary>
    private static byte[] Bomb(int bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"u8.ToArray();
            for (var written = 0; written < bytes; written += row.Length)
            {
                sheet.Write(row);
            }

            sheet.Write("</sheetData></worksheet>"u8);
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Material_OverTheSizeLimit_IsRefusedByItsSize()
    {
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync());
        var big = new byte[1024 * 1024 * 3 / 2];
        "%PDF-1.7\n"u8.CopyTo(big);
        var response = await MaterialSteps.PostAsync(session, "/materials/new", MaterialSteps.Details("Too big"), (big, "big.pdf"));
        Assert.Contains("'big.pdf' is too large (1.5 MB): files must be 1 MB or smaller", (await Html.ParseAsync(response)).ErrorSummary());
    }
}
