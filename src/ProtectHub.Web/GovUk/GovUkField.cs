using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ProtectHub.Web.GovUk;

/// <summary>What every GOV.UK form component needs to know about the field it is bound to.</summary>
internal static class GovUkField
{
    /// <summary>The full form name of a bound expression, including any prefix set by a partial's <c>for</c>.</summary>
    public static string Key(ViewContext context, ModelExpression expression) =>
        context.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);

    /// <summary>The element id for a model key; the error summary links to the same id.</summary>
    public static string Id(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public static string? Error(ViewContext context, string key) =>
        context.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>What the user typed if the form came back with errors, else the model's value.</summary>
    public static string Value(ViewContext context, ModelExpression expression)
    {
        if (context.ViewData.ModelState.TryGetValue(Key(context, expression), out var entry) && entry.AttemptedValue is { } attempted)
        {
            return attempted;
        }

        return expression.Model switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var o => o.ToString() ?? "",
        };
    }

    /// <summary>All selected values (checkboxes and radios) from ModelState or the model.</summary>
    public static HashSet<string> Values(ViewContext context, ModelExpression expression)
    {
        if (context.ViewData.ModelState.TryGetValue(Key(context, expression), out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] many => [.. many],
                var one => [one.ToString() ?? ""],
            };
        }

        return expression.Model switch
        {
            null => [],
            string s => [s],
            System.Collections.IEnumerable many => many.Cast<object>().Select(o => o.ToString() ?? "").ToHashSet(),
            var one => [one.ToString() ?? ""],
        };
    }

    public static string ErrorMessageHtml(string id, string message) =>
        $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(message)}</p>";

    public static string HintHtml(string id, string? hint) =>
        string.IsNullOrEmpty(hint) ? "" : $"<div id=\"{id}-hint\" class=\"govuk-hint\">{HtmlEncoder.Default.Encode(hint)}</div>";

    public static string DescribedBy(string id, string? hint, string? error)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(hint))
        {
            parts.Add(id + "-hint");
        }

        if (error is not null)
        {
            parts.Add(id + "-error");
        }

        return parts.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', parts)}\"";
    }

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

}
