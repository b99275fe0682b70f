using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;

namespace ProtectHub.Web.Tests;

/// <summary>The steps of an import as an officer takes them: upload, choose columns, wait for the background run.</summary>
public static class ImportSteps
{
    public static async Task<HttpResponseMessage> UploadAsync(Session session, string kind, byte[] content, string fileName, Guid? targetId = null)
    {
        var url = ProtectHub.Web.Imports.ImportKinds.UploadUrl(kind, targetId);
        var (_, form) = await session.GetAsync(url);
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        body.Add(file, "Upload", fileName);
        return await session.Client.PostAsync(url, body);
    }

    /// <summary>Posts the suggested columns; returns the page itself when it answers with errors, else the finished import's page.</summary>
    public static async Task<IDocument> ImportWithSuggestedColumnsAsync(Session session, string importUrl)
    {
        var (_, mapping) = await session.GetAsync(importUrl);
        var fields = mapping.QuerySelectorAll("select").Select(s => new KeyValuePair<string, string>(s.GetAttribute("name")!,
            s.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""));
        var response = await session.PostFormAsync(importUrl, fields);
        return response.StatusCode == HttpStatusCode.Redirect ? await WaitForResultAsync(session, importUrl) : await Html.ParseAsync(response);
    }

    /// <summary>Reads the import's page until the background run has finished (or failed).</summary>
    public static async Task<IDocument> WaitForResultAsync(Session session, string importUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (_, page) = await session.GetAsync(importUrl);
            if (page.TestId("import-result") is not null || page.TestId("import-failed") is not null || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }
}
