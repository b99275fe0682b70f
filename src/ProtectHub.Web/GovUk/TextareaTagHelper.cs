using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK textarea bound to a model property.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : FieldTagHelper
{
    public string Label { get; set; } = "";
    public int Rows { get; set; } = 5;

    /// <summary>"contacts": with JavaScript a type-ahead search above the box adds the chosen one as a new line.</summary>
    public string? Lookup { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) => RenderFormGroup(output,
        $"<label class=\"govuk-label\" for=\"{Id}\">{GovUkField.Encode(Label)}</label>" + HintAndError +
        $"<textarea class=\"govuk-textarea{(Error is null ? "" : " govuk-textarea--error")}\" id=\"{Id}\" name=\"{Key}\" rows=\"{Rows}\"" + (Lookup is null ? "" : $" data-lookup-append=\"{GovUkField.Encode(Lookup)}\"") +
        DescribedBy + $">{GovUkField.Encode(GovUkField.Value(ViewContext, For))}</textarea>");
}
