using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK back link: <c>&lt;govuk-back-link href="/..." /&gt;</c>.</summary>
[HtmlTargetElement("govuk-back-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BackLinkTagHelper : TagHelper
{
    public string Href { get; set; } = "/";
    public string Text { get; set; } = "Back";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "govuk-back-link");
        output.Content.SetContent(Text);
    }
}
