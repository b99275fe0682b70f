using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK textarea bound to a model property.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public int Rows { get; set; } = 5;

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = GovUkField.Key(ViewContext, For);
        var id = GovUkField.Id(key);
        var error = GovUkField.Error(ViewContext, key);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label\" for=\"{id}\">{GovUkField.Encode(Label)}</label>" +
            GovUkField.HintHtml(id, Hint) +
            (error is null ? "" : GovUkField.ErrorMessageHtml(id, error)) +
            $"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{id}\" name=\"{key}\" rows=\"{Rows}\"" +
            GovUkField.DescribedBy(id, Hint, error) + $">{GovUkField.Encode(GovUkField.Value(ViewContext, For))}</textarea>");
    }
}
