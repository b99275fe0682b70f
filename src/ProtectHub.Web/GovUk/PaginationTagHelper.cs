using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// GOV.UK pagination with previous/next and numbered pages. <c>href-format</c> has <c>{0}</c> where the page number goes,
/// for example <c>?page={0}&amp;q=smith</c>. Without numbers (<c>numbered="false"</c>) it is the block style, for lists
/// whose length is not counted, such as a timeline's "Newer" and "Older".
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper : TagHelper
{
    public int Page { get; set; } = 1;
    public int TotalPages { get; set; } = 1;
    public string HrefFormat { get; set; } = "?page={0}";
    public bool Numbered { get; set; } = true;
    public string PreviousText { get; set; } = "Previous";
    public string NextText { get; set; } = "Next";
    public string Label { get; set; } = "Pagination";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        string Href(int page) => GovUkField.Encode(string.Format(System.Globalization.CultureInfo.InvariantCulture, HrefFormat, page));
        var items = !Numbered ? "" : string.Concat(Enumerable.Range(1, TotalPages)
            .Where(p => p == 1 || p == TotalPages || Math.Abs(p - Page) <= 1)
            .Select(p => p == Page
                ? $"<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(p)}\" aria-label=\"Page {p}\" aria-current=\"page\">{p}</a></li>"
                : $"<li class=\"govuk-pagination__item\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(p)}\" aria-label=\"Page {p}\">{p}</a></li>"));
        var previous = Page > 1
            ? $"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(Page - 1)}\" rel=\"prev\"><span class=\"govuk-pagination__link-title\">{PreviousText}<span class=\"govuk-visually-hidden\"> page</span></span></a></div>"
            : "";
        var next = Page < TotalPages
            ? $"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(Page + 1)}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">{NextText}<span class=\"govuk-visually-hidden\"> page</span></span></a></div>"
            : "";
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Numbered ? "govuk-pagination" : "govuk-pagination govuk-pagination--block");
        output.Attributes.SetAttribute("aria-label", Label);
        output.Content.SetHtmlContent(Numbered ? $"{previous}<ul class=\"govuk-pagination__list\">{items}</ul>{next}" : $"{previous}{next}");
    }
}
