using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/> property.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string Legend { get; set; } = "";
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = GovUkField.Key(ViewContext, For);
        var id = GovUkField.Id(key);
        var error = GovUkField.Error(ViewContext, key);
        var model = For.Model as DateInput ?? new DateInput();
        string Part(string part, string label, string? value, int width)
        {
            var name = $"{key}.{part}";
            var attempted = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) ? e.AttemptedValue : value;
            // The day box takes the field's own id so the error summary link lands on it.
            var partId = part == "Day" ? id : $"{id}-{part.ToLowerInvariant()}";
            return $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">" +
                $"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{label}</label>" +
                $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(error is null ? "" : " govuk-input--error")}\" id=\"{partId}\" name=\"{name}\" type=\"text\" inputmode=\"numeric\" value=\"{GovUkField.Encode(attempted)}\"></div></div>";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            $"<fieldset class=\"govuk-fieldset\" role=\"group\"{GovUkField.DescribedBy(id, Hint, error)}>" +
            $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{GovUkField.Encode(Legend)}</legend>" +
            GovUkField.HintHtml(id, Hint) +
            (error is null ? "" : GovUkField.ErrorMessageHtml(id, error)) +
            $"<div class=\"govuk-date-input\" id=\"{id}-group\">{Part("Day", "Day", model.Day, 2)}{Part("Month", "Month", model.Month, 2)}{Part("Year", "Year", model.Year, 4)}</div></fieldset>");
    }
}
