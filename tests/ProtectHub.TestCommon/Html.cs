using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ProtectHub.TestCommon;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static IElement? TestId(this IDocument document, string id) => document.QuerySelector($"[data-testid='{id}']");

    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        document.QuerySelectorAll("[data-testid='error-summary'] li").Select(li => li.TextContent.Trim()).ToList();
}
