using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// One row of a GOV.UK summary list: <c>&lt;govuk-summary-row key="Email" test-id="email"&gt;@c.Email&lt;/govuk-summary-row&gt;</c>
/// inside <c>&lt;dl class="govuk-summary-list"&gt;</c>. <c>pre-line</c> keeps the line breaks of free text.
/// </summary>
[HtmlTargetElement("govuk-summary-row")]
public sealed class SummaryRowTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string Key { get; set; } = "";

    /// <summary>The value cell's <c>data-testid</c>, for tests to find it.</summary>
    public string? TestId { get; set; }

    public bool PreLine { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row");
        output.Content.AppendHtml("<dt class=\"govuk-summary-list__key\">").Append(Key).AppendHtml("</dt>")
            .AppendHtml($"<dd class=\"govuk-summary-list__value{(PreLine ? " ph-pre-line" : "")}\"{(TestId is null ? "" : $" data-testid=\"{encoder.Encode(TestId)}\"")}>")
            .AppendHtml(value).AppendHtml("</dd>");
    }
}
