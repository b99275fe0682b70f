using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK text input bound to a model property, with label, hint and error message.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }

    /// <summary>A GOV.UK width class suffix such as "20", "10" or "one-half".</summary>
    public string? Width { get; set; }

    public bool Spellcheck { get; set; } = true;
    public bool LabelIsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = GovUkField.Key(ViewContext, For);
        var id = GovUkField.Id(key);
        var error = GovUkField.Error(ViewContext, key);
        var widthClass = Width is null ? "" : Width.Any(char.IsLetter) ? $" govuk-!-width-{Width}" : $" govuk-input--width-{Width}";
        var value = Type == "password" ? "" : GovUkField.Value(ViewContext, For);
        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{GovUkField.Encode(Label)}</label>";
        if (LabelIsPageHeading)
        {
            label = $"<h1 class=\"govuk-label-wrapper\">{label}</h1>";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            label +
            GovUkField.HintHtml(id, Hint) +
            (error is null ? "" : GovUkField.ErrorMessageHtml(id, error)) +
            $"<input class=\"govuk-input{widthClass}{(error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{key}\" type=\"{Type}\" value=\"{GovUkField.Encode(value)}\"" +
            (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"") +
            (Inputmode is null ? "" : $" inputmode=\"{Inputmode}\"") +
            (Spellcheck ? "" : " spellcheck=\"false\"") +
            GovUkField.DescribedBy(id, Hint, error) + ">");
    }
}
