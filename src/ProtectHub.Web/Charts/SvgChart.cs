using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace ProtectHub.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: no script, no CDN, and they print. Each chart is an image with a title and a
/// text description for screen readers, followed by the same figures as a table (the accessible alternative that
/// WCAG 1.1.1 asks for; sighted readers can open it too). Bars are GOV.UK blue on white (contrast above 3:1), and
/// every bar carries its value as text, so nothing is told by colour alone.
/// </summary>
public static class SvgChart
{
    public sealed record Point(string Label, double? Value);

    private const int Width = 640;
    private const int LabelWidth = 220;
    private const int BarHeight = 22;
    private const int Gap = 8;

    /// <summary>Horizontal bars: comparison between forces, breakdown by sector or offence.</summary>
    public static IHtmlContent Bars(string id, string title, string unit, IReadOnlyList<Point> points)
    {
        var max = points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var height = Math.Max(1, points.Count) * (BarHeight + Gap) + Gap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"ph-chart\" data-testid=\"chart-{Enc(id)}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title {Enc(id)}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Enc(id)}-desc\">{Enc(Describe(points, unit))}</desc>");
        var y = Gap;
        foreach (var point in points)
        {
            var length = max <= 0 ? 0 : (Width - LabelWidth - 90) * (point.Value ?? 0) / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 6}\" text-anchor=\"end\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Shorten(point.Label, 30))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + BarHeight - 6}\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Format(point.Value))}</text>");
            y += BarHeight + Gap;
        }

        svg.Append("</svg>");
        return new HtmlString(svg + Table(id, title, unit, points));
    }

    /// <summary>Vertical columns over time: trends by quarter.</summary>
    public static IHtmlContent Columns(string id, string title, string unit, IReadOnlyList<Point> points)
    {
        const int height = 240;
        const int top = 24;
        const int bottom = 40;
        var max = points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var slot = (double)Width / Math.Max(1, points.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"ph-chart\" data-testid=\"chart-{Enc(id)}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title {Enc(id)}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Enc(id)}-desc\">{Enc(Describe(points, unit))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{height - bottom}\" x2=\"{Width}\" y2=\"{height - bottom}\" stroke=\"#505a5f\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var barHeight = max <= 0 ? 0 : (height - top - bottom) * (points[i].Value ?? 0) / max;
            var x = i * slot + slot * 0.2;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - bottom - barHeight:0.#}\" width=\"{slot * 0.6:0.#}\" height=\"{barHeight:0.#}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot * 0.3:0.#}\" y=\"{height - bottom - barHeight - 6:0.#}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Format(points[i].Value))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot * 0.3:0.#}\" y=\"{height - bottom + 20}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Shorten(points[i].Label, 14))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg + Table(id, title, unit, points));
    }

    private static string Table(string id, string title, string unit, IReadOnlyList<Point> points)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">{Enc(title)}: the figures as a table</span></summary><div class=\"govuk-details__text\">");
        table.Append(CultureInfo.InvariantCulture, $"<table class=\"govuk-table\" data-testid=\"table-{Enc(id)}\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{Enc(title)}</caption>");
        table.Append(CultureInfo.InvariantCulture, $"<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\"></th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">{Enc(Capitalise(unit))}</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var point in points)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{Enc(point.Label)}</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{Enc(Format(point.Value))}</td></tr>");
        }

        table.Append("</tbody></table></div></details>");
        return table.ToString();
    }

    private static string Describe(IReadOnlyList<Point> points, string unit) => points.Count == 0
        ? "No figures."
        : string.Join("; ", points.Select(p => $"{p.Label}: {Format(p.Value)} {unit}")) + ".";

    public static string Format(double? value) => value is null ? "no data" : value.Value.ToString("#,0.##", CultureInfo.GetCultureInfo("en-GB"));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
