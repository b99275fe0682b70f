using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK text input bound to a model property, with label, hint and error message.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : FieldTagHelper
{
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }

    /// <summary>A GOV.UK width: a number of characters ("20", "10") or a fraction ("one-half").</summary>
    public string? Width { get; set; }

    public bool Spellcheck { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var widthClass = Width is null ? "" : Width.Any(char.IsLetter) ? $" govuk-!-width-{Width}" : $" govuk-input--width-{Width}";
        // A password is never sent back to the browser, even when the form returns with errors.
        var value = Type == "password" ? "" : GovUkField.Value(ViewContext, For);
        RenderFormGroup(output,
            $"<label class=\"govuk-label\" for=\"{Id}\">{GovUkField.Encode(Label)}</label>" + HintAndError +
            $"<input class=\"govuk-input{widthClass}{(Error is null ? "" : " govuk-input--error")}\" id=\"{Id}\" name=\"{Key}\" type=\"{Type}\" value=\"{GovUkField.Encode(value)}\"" +
            (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"") +
            (Inputmode is null ? "" : $" inputmode=\"{Inputmode}\"") +
            (Spellcheck ? "" : " spellcheck=\"false\"") +
            DescribedBy + ">");
    }
}
