using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK button: <c>&lt;govuk-button&gt;Save&lt;/govuk-button&gt;</c>, with <c>secondary</c> or <c>warning</c>.</summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : TagHelper
{
    public bool Secondary { get; set; }
    public bool Warning { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "button";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "submit");
        output.Attributes.SetAttribute("class", "govuk-button" + (Secondary ? " govuk-button--secondary" : "") + (Warning ? " govuk-button--warning" : ""));
        output.Attributes.SetAttribute("data-module", "govuk-button");
        output.Attributes.SetAttribute("data-prevent-double-click", "true");
        if (Name is not null)
        {
            output.Attributes.SetAttribute("name", Name);
            output.Attributes.SetAttribute("value", Value ?? "");
        }
    }
}
