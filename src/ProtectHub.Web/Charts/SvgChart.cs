using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace ProtectHub.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: no script, no CDN, and they print. Each chart is an image with a title and a
/// text description for screen readers, followed by the same figures as a table (the accessible alternative that
/// WCAG 1.1.1 asks for; sighted readers can open it too). Bars are GOV.UK blue on white (contrast above 3:1), and
/// every bar carries its value as text, so nothing is told by colour alone. The title is shown above the chart, labels
/// wrap rather than being cut short (a truncated force or sector name is a different name), a zero is drawn as a
/// visible stub with its value, and the text uses the GOV.UK font stack of the page around it.
/// </summary>
public static class SvgChart
{
    public sealed record Point(string Label, double? Value);

    private const int Width = 640;
    private const int LabelWidth = 220;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int LineHeight = 17;
    private const string FontStack = "&quot;GDS Transport&quot;, arial, sans-serif";

    /// <summary>Horizontal bars: comparison between forces, breakdown by sector or offence.</summary>
    public static IHtmlContent Bars(string id, string title, string unit, IReadOnlyList<Point> points)
    {
        var max = points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var labels = points.Select(p => Wrap(p.Label, 28)).ToList();
        var rows = labels.Select(l => Math.Max(BarHeight, l.Count * LineHeight + 5)).ToList();
        var height = rows.Sum(r => r + Gap) + Gap;
        var svg = new StringBuilder(Open(id, title, points, unit, height));
        var y = Gap;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var length = max <= 0 ? 0 : (Width - LabelWidth - 90) * (point.Value ?? 0) / max;
            // A zero (or a value too small to see) still gets a stub, so a force with nothing does not look missing.
            var drawn = point.Value is null ? 0 : Math.Max(length, 2);
            var middle = y + rows[i] / 2.0;
            var firstLine = middle - (labels[i].Count - 1) * LineHeight / 2.0 + 5;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{firstLine:0.#}\" text-anchor=\"end\" font-size=\"14\" fill=\"#0b0c0c\">");
            for (var line = 0; line < labels[i].Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{LabelWidth - 8}\" dy=\"{(line == 0 ? 0 : LineHeight)}\">{Enc(labels[i][line])}</tspan>");
            }

            svg.Append("</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{middle - BarHeight / 2.0:0.#}\" width=\"{drawn:0.#}\" height=\"{BarHeight}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + drawn + 6:0.#}\" y=\"{middle + 5:0.#}\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Format(point.Value))}</text>");
            y += rows[i] + Gap;
        }

        svg.Append("</svg></figure>");
        return new HtmlString(svg + Table(id, title, unit, points));
    }

    /// <summary>Vertical columns over time: trends by quarter.</summary>
    public static IHtmlContent Columns(string id, string title, string unit, IReadOnlyList<Point> points)
    {
        const int top = 24;
        var slot = (double)Width / Math.Max(1, points.Count);
        var labels = points.Select(p => Wrap(p.Label, Math.Max(8, (int)(slot / 8)))).ToList();
        var bottom = 12 + labels.Select(l => l.Count).DefaultIfEmpty(1).Max() * LineHeight + 8;
        var height = 200 + bottom;
        var max = points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var svg = new StringBuilder(Open(id, title, points, unit, height));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{height - bottom}\" x2=\"{Width}\" y2=\"{height - bottom}\" stroke=\"#505a5f\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var barHeight = max <= 0 ? 0 : (height - top - bottom) * (points[i].Value ?? 0) / max;
            var drawn = points[i].Value is null ? 0 : Math.Max(barHeight, 2);
            var x = i * slot + slot * 0.2;
            var centre = x + slot * 0.3;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - bottom - drawn:0.#}\" width=\"{slot * 0.6:0.#}\" height=\"{drawn:0.#}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{centre:0.#}\" y=\"{height - bottom - drawn - 6:0.#}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{Enc(Format(points[i].Value))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{centre:0.#}\" y=\"{height - bottom + 20}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">");
            for (var line = 0; line < labels[i].Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{centre:0.#}\" dy=\"{(line == 0 ? 0 : LineHeight)}\">{Enc(labels[i][line])}</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append("</svg></figure>");
        return new HtmlString(svg + Table(id, title, unit, points));
    }

    /// <summary>The visible title, then the image with the same title and a text description for screen readers.</summary>
    private static string Open(string id, string title, IReadOnlyList<Point> points, string unit, int height) =>
        $"<figure class=\"ph-figure\"><figcaption class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2\" data-testid=\"chart-title-{Enc(id)}\">{Enc(title)}</figcaption>" +
        string.Create(CultureInfo.InvariantCulture, $"<svg class=\"ph-chart\" data-testid=\"chart-{Enc(id)}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title {Enc(id)}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"{FontStack}\" xmlns=\"http://www.w3.org/2000/svg\">") +
        $"<title id=\"{Enc(id)}-title\">{Enc(title)}</title><desc id=\"{Enc(id)}-desc\">{Enc(Describe(points, unit))}</desc>";

    /// <summary>Breaks a label into lines of at most <paramref name="width"/> characters at spaces (a word longer than that is split).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > width)
            {
                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            if (current.Length > 0 && current.Length + 1 + rest.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(rest);
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
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

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
