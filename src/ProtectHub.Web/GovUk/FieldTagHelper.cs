using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// What every GOV.UK form component shares: the bound expression, a hint, its error from ModelState, and the
/// <c>govuk-form-group</c> wrapper that turns red when there is an error.
/// </summary>
public abstract class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    /// <summary>The form name, including any prefix a partial's <c>for</c> added.</summary>
    protected string Key => GovUkField.Key(ViewContext, For);

    /// <summary>The element id the error summary links to.</summary>
    protected string Id => GovUkField.Id(Key);

    protected string? Error => GovUkField.Error(ViewContext, Key);

    /// <summary>Hint, then error message: the order GOV.UK puts them in under a label or legend.</summary>
    protected string HintAndError =>
        GovUkField.HintHtml(Id, Hint) + (Error is { } error ? GovUkField.ErrorMessageHtml(Id, error) : "");

    protected string DescribedBy => GovUkField.DescribedBy(Id, Hint, Error);

    protected void RenderFormGroup(TagHelperOutput output, string html)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(html);
    }

    /// <summary>A fieldset with a small legend, for components made of several inputs.</summary>
    protected string Fieldset(string legend, string inner, bool isGroup = false) =>
        $"<fieldset class=\"govuk-fieldset\"{(isGroup ? " role=\"group\"" : "")}{DescribedBy}>" +
        $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{GovUkField.Encode(legend)}</legend>" +
        HintAndError + inner + "</fieldset>";
}
