using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// GOV.UK error summary listing every ModelState error, in the order the fields are declared on the page model's bound
/// properties (which is the order they appear on the form), each linking to its field.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    /// <summary>ViewData key for an explicit field order (a list of ModelState keys).</summary>
    public const string OrderKey = "ErrorSummaryOrder";

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        var errors = state.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => (kv.Key, kv.Value!.Errors[0].ErrorMessage)).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        // Pages whose fields are not plain bound properties (lists of questions, column mappings) give their order.
        var order = ViewContext.ViewData[OrderKey] is IEnumerable<string> given ? given.ToList() : FieldOrder(ViewContext.ViewData.Model?.GetType());
        errors = errors.OrderBy(e => order.IndexOf(e.Key) is var i && i < 0 ? int.MaxValue : i).ToList();
        var items = string.Concat(errors.Select(e => string.IsNullOrEmpty(e.Key)
            ? $"<li>{GovUkField.Encode(e.ErrorMessage)}</li>"
            : $"<li><a href=\"#{GovUkField.Id(e.Key)}\">{GovUkField.Encode(e.ErrorMessage)}</a></li>"));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Attributes.SetAttribute("data-testid", "error-summary");
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>" +
            $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }

    /// <summary>Keys of bound properties in declaration order, descending one level into complex inputs.</summary>
    private static List<string> FieldOrder(Type? pageModel)
    {
        var keys = new List<string>();
        if (pageModel is null)
        {
            return keys;
        }

        foreach (var property in pageModel.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null || p.DeclaringType?.GetCustomAttribute<BindPropertiesAttribute>() is not null))
        {
            keys.Add(property.Name);
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && !property.PropertyType.IsArray
                && !typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                keys.AddRange(property.PropertyType.GetProperties().Select(p => $"{property.Name}.{p.Name}"));
            }
        }

        return keys;
    }
}
