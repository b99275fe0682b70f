using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// GOV.UK radios (<c>govuk-radios</c>) or checkboxes (<c>govuk-checkboxes</c>) in a fieldset, bound to a model property;
/// checkboxes bind to a collection.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesTagHelper : FieldTagHelper
{
    public string Legend { get; set; } = "";
    public IEnumerable<SelectListItem> Items { get; set; } = [];
    public bool Inline { get; set; }
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var kind = context.TagName == "govuk-radios" ? "radios" : "checkboxes";
        var inputType = kind == "radios" ? "radio" : "checkbox";
        var chosen = GovUkField.Values(ViewContext, For);
        var index = 0;
        var items = string.Concat(Items.Select(i =>
        {
            // The first item carries the field's own id so the error summary link lands on it.
            var itemId = index++ == 0 ? Id : $"{Id}-{index}";
            return $"<div class=\"govuk-{kind}__item\"><input class=\"govuk-{kind}__input\" id=\"{itemId}\" name=\"{Key}\" type=\"{inputType}\" value=\"{GovUkField.Encode(i.Value)}\"{(chosen.Contains(i.Value) ? " checked" : "")}>" +
                $"<label class=\"govuk-label govuk-{kind}__label\" for=\"{itemId}\">{GovUkField.Encode(i.Text)}</label></div>";
        }));
        var modifiers = (Inline ? $" govuk-{kind}--inline" : "") + (Small ? $" govuk-{kind}--small" : "");
        RenderFormGroup(output, Fieldset(Legend, $"<div class=\"govuk-{kind}{modifiers}\" data-module=\"govuk-{kind}\">{items}</div>"));
    }
}
