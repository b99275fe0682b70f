using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>GOV.UK select bound to a model property.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : FieldTagHelper
{
    public string Label { get; set; } = "";
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of an empty first option, so nothing is chosen by accident.</summary>
    public string? Placeholder { get; set; }

    /// <summary>
    /// "organisations": with JavaScript the select becomes a type-ahead search of all of them (wwwroot/js/lookup.js);
    /// the options listed are what works without it.
    /// </summary>
    public string? Lookup { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = GovUkField.Value(ViewContext, For);
        var options = (Placeholder is null ? "" : $"<option value=\"\">{GovUkField.Encode(Placeholder)}</option>") + string.Concat(Items.Select(i =>
            $"<option value=\"{GovUkField.Encode(i.Value)}\"{(i.Value == selected ? " selected" : "")}>{GovUkField.Encode(i.Text)}</option>"));
        RenderFormGroup(output,
            $"<label class=\"govuk-label\" for=\"{Id}\">{GovUkField.Encode(Label)}</label>" + HintAndError +
            $"<select class=\"govuk-select{(Error is null ? "" : " govuk-select--error")}\" id=\"{Id}\" name=\"{Key}\"" + (Lookup is null ? "" : $" data-lookup=\"{GovUkField.Encode(Lookup)}\"") + DescribedBy + $">{options}</select>");
    }
}
