using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK select bound to a model property.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of an empty first option, so nothing is chosen by accident.</summary>
    public string? Placeholder { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = GovUkField.Key(ViewContext, For);
        var id = GovUkField.Id(key);
        var error = GovUkField.Error(ViewContext, key);
        var selected = GovUkField.Value(ViewContext, For);
        var options = (Placeholder is null ? "" : $"<option value=\"\">{GovUkField.Encode(Placeholder)}</option>") + string.Concat(Items.Select(i =>
            $"<option value=\"{GovUkField.Encode(i.Value)}\"{(i.Value == selected ? " selected" : "")}>{GovUkField.Encode(i.Text)}</option>"));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label\" for=\"{id}\">{GovUkField.Encode(Label)}</label>" +
            GovUkField.HintHtml(id, Hint) +
            (error is null ? "" : GovUkField.ErrorMessageHtml(id, error)) +
            $"<select class=\"govuk-select{(error is null ? "" : " govuk-select--error")}\" id=\"{id}\" name=\"{key}\"" +
            GovUkField.DescribedBy(id, Hint, error) + $">{options}</select>");
    }
}
