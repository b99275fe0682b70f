using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// GOV.UK radios (<c>govuk-radios</c>) or checkboxes (<c>govuk-checkboxes</c>) in a fieldset, bound to a model property;
/// checkboxes bind to a collection.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Legend { get; set; } = "";
    public string? Hint { get; set; }
    public IEnumerable<SelectListItem> Items { get; set; } = [];
    public bool Inline { get; set; }
    public bool Small { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var kind = context.TagName == "govuk-radios" ? "radios" : "checkboxes";
        var inputType = kind == "radios" ? "radio" : "checkbox";
        var key = GovUkField.Key(ViewContext, For);
        var id = GovUkField.Id(key);
        var error = GovUkField.Error(ViewContext, key);
        var chosen = GovUkField.Values(ViewContext, For);
        var index = 0;
        var items = string.Concat(Items.Select(i =>
        {
            // The first item carries the field's own id so the error summary link lands on it.
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            return $"<div class=\"govuk-{kind}__item\"><input class=\"govuk-{kind}__input\" id=\"{itemId}\" name=\"{key}\" type=\"{inputType}\" value=\"{GovUkField.Encode(i.Value)}\"{(chosen.Contains(i.Value) ? " checked" : "")}>" +
                $"<label class=\"govuk-label govuk-{kind}__label\" for=\"{itemId}\">{GovUkField.Encode(i.Text)}</label></div>";
        }));
        var modifiers = (Inline ? $" govuk-{kind}--inline" : "") + (Small ? $" govuk-{kind}--small" : "");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            $"<fieldset class=\"govuk-fieldset\"{GovUkField.DescribedBy(id, Hint, error)}>" +
            $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{GovUkField.Encode(Legend)}</legend>" +
            GovUkField.HintHtml(id, Hint) +
            (error is null ? "" : GovUkField.ErrorMessageHtml(id, error)) +
            $"<div class=\"govuk-{kind}{modifiers}\" data-module=\"govuk-{kind}\">{items}</div></fieldset>");
    }
}
