using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Active&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : TagHelper
{
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.Attributes.SetAttribute("class", "govuk-tag" + (Colour is null ? "" : $" govuk-tag--{Colour}"));
    }
}
