using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.Prevent;

/// <summary>
/// A page of anonymised Prevent figures for a quarter with its exports (CSV, XLSX, JSON): the region's for the Prevent
/// team, every region's for the National Coordinator.
/// </summary>
public abstract class PreventFiguresPage(PreventStatistics statistics, TimeProvider time) : PageModel
{
    [FromQuery(Name = "quarter")]
    public string? QuarterCode { get; set; }

    public PreventFigures Figures { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Quarters { get; private set; } = [];

    protected abstract Task<PreventFigures> LoadAsync(PreventStatistics statistics, FinancialQuarter quarter);

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        await PrepareAsync();
        return format switch
        {
            "csv" => File(await statistics.ExportAsync(Figures, ExportFormat.Csv), TabularExport.ContentType(ExportFormat.Csv), PreventStatistics.FileName(Figures, "csv")),
            "xlsx" => File(await statistics.ExportAsync(Figures, ExportFormat.Xlsx), TabularExport.ContentType(ExportFormat.Xlsx), PreventStatistics.FileName(Figures, "xlsx")),
            "json" => File(await statistics.ExportJsonAsync(Figures), "application/json", PreventStatistics.FileName(Figures, "json")),
            _ => NotFound(),
        };
    }

    private async Task PrepareAsync()
    {
        var current = FinancialQuarter.Containing(time.UkToday());
        var recent = current.Trailing(8);
        var quarter = FinancialQuarter.TryParse(QuarterCode, out var chosen) && chosen <= current ? chosen : current;
        QuarterCode = quarter.Code;
        Quarters = recent.Select(q => new SelectListItem(q.Label, q.Code)).ToList();
        Figures = await LoadAsync(statistics, quarter);
    }
}
