using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Performance;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Performance.Metrics;

/// <summary>Adds a metric to the catalogue or changes one (each save is a new catalogue version): coordinators.</summary>
public sealed class EditModel(MetricCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? ValueField { get; set; }

    [BindProperty]
    public string? Conditions { get; set; }

    [BindProperty]
    public string? ShareConditions { get; set; }

    [BindProperty]
    public string? Breakdowns { get; set; }

    public bool IsChange { get; private set; }

    /// <summary>Every version of the metric being changed, newest first: what each catalogue version meant by it.</summary>
    public IReadOnlyList<MetricDefinition> History { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Sources { get; } =
        MetricSources.All.Select(s => new SelectListItem(s.Label, s.Source.ToString())).ToList();

    public IReadOnlyList<SelectListItem> Measures { get; } =
    [
        new("Count the records", nameof(MetricMeasure.Count)), new("Add up a number", nameof(MetricMeasure.Sum)),
        new("Mean of a number", nameof(MetricMeasure.Mean)), new("Median of a number", nameof(MetricMeasure.Median)),
        new("Percentage meeting the share conditions", nameof(MetricMeasure.Share)),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Key is null)
        {
            return Page();
        }

        var metric = (await catalogue.CurrentAsync()).FirstOrDefault(m => m.Key == Key);
        if (metric is null)
        {
            return NotFound();
        }

        IsChange = true;
        History = await catalogue.HistoryAsync(Key);
        (Name, Definition, Unit, Source, Measure, ValueField) = (metric.Name, metric.Definition, metric.Unit, metric.Source.ToString(), metric.Measure.ToString(), metric.ValueField);
        Conditions = string.Join('\n', metric.Conditions);
        ShareConditions = string.Join('\n', metric.ShareConditions);
        Breakdowns = string.Join(", ", metric.Breakdowns);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        IsChange = Key is not null && (await catalogue.CurrentAsync()).Any(m => m.Key == Key);
        if (!Enum.TryParse<MetricSource>(Source, out var source))
        {
            ModelState.AddModelError(nameof(Source), "Choose what the metric counts");
        }

        if (!Enum.TryParse<MetricMeasure>(Measure, out var measure))
        {
            ModelState.AddModelError(nameof(Measure), "Choose how the records become a figure");
        }

        var (conditions, conditionError) = MetricCatalogue.ParseConditions(Conditions);
        if (conditionError is not null)
        {
            ModelState.AddModelError(nameof(Conditions), conditionError);
        }

        var (shareConditions, shareError) = MetricCatalogue.ParseConditions(ShareConditions);
        if (shareError is not null)
        {
            ModelState.AddModelError(nameof(ShareConditions), shareError);
        }

        if (!ModelState.IsValid)
        {
            History = IsChange ? await catalogue.HistoryAsync(Key!) : [];
            return Page();
        }

        var metric = new MetricDefinition
        {
            Key = (Key ?? "").Trim(),
            Name = Name ?? "",
            Definition = Definition ?? "",
            Unit = Unit ?? "",
            Source = source,
            Measure = measure,
            ValueField = string.IsNullOrWhiteSpace(ValueField) ? null : ValueField.Trim(),
            Conditions = conditions!,
            ShareConditions = shareConditions!,
            Breakdowns = (Breakdowns ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
        };
        ModelState.AddFieldErrors(null, await catalogue.SaveAsync(metric));
        if (!ModelState.IsValid)
        {
            History = IsChange ? await catalogue.HistoryAsync(Key!) : [];
            return Page();
        }

        TempData["Success"] = $"{metric.Name} saved in a new catalogue version";
        return Redirect("/performance/metrics");
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        if (Key is null || !await catalogue.RetireAsync(Key))
        {
            return NotFound();
        }

        TempData["Success"] = "Metric withdrawn from the catalogue";
        return Redirect("/performance/metrics");
    }
}
