using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/> property.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : FieldTagHelper
{
    public string Legend { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInput ?? new DateInput();
        RenderFormGroup(output, Fieldset(Legend,
            $"<div class=\"govuk-date-input\" id=\"{Id}-group\">{Part("Day", model.Day, 2)}{Part("Month", model.Month, 2)}{Part("Year", model.Year, 4)}</div>",
            isGroup: true));
    }

    private string Part(string part, string? value, int width)
    {
        var name = $"{Key}.{part}";
        var typed = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : value;
        // The day box takes the field's own id so the error summary link lands on it.
        var partId = part == "Day" ? Id : $"{Id}-{part.ToLowerInvariant()}";
        return $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">" +
            $"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{part}</label>" +
            $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(Error is null ? "" : " govuk-input--error")}\" id=\"{partId}\" name=\"{name}\" type=\"text\" inputmode=\"numeric\" value=\"{GovUkField.Encode(typed)}\"></div></div>";
    }
}
