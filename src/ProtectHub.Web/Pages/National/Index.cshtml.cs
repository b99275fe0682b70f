using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.National;

public sealed class IndexModel(RegionFigures figures, NationalReturns returns, TimeProvider time) : PageModel
{
    /// <summary>The metrics drawn as trend charts when the quarters have them; every metric is in the trend table.</summary>
    private static readonly string[] ChartedTrends = ["engagements-delivered", "organisations-engaged", "referrals-received", "contacted-in-time-rate"];

    public IReadOnlyList<RegionFigures.Row> Rows { get; private set; } = [];

    [FromQuery(Name = "quarter")]
    public string? QuarterCode { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];
    public FinancialQuarter Quarter { get; private set; }
    public DateOnly DueBy { get; private set; }
    public IReadOnlyList<NationalReturns.Progress> Progress { get; private set; } = [];
    public IReadOnlyList<NationalReturns.RegionColumn> Regions { get; private set; } = [];
    public IReadOnlyList<NationalReturns.Row> Figures { get; private set; } = [];
    public IReadOnlyList<NationalReturns.Trend> Trends { get; private set; } = [];

    public IEnumerable<NationalReturns.Trend> Charted => ChartedTrends.Select(k => Trends.FirstOrDefault(t => t.Key == k)).OfType<NationalReturns.Trend>();

    public async Task OnGetAsync()
    {
        var today = time.UkToday();
        Rows = await figures.ByRegionAsync(today);
        Quarter = await ChooseQuarterAsync(today);
        DueBy = returns.DueBy(Quarter);
        Progress = await returns.ProgressAsync(Quarter, today);
        (Regions, Figures) = await returns.ForQuarterAsync(Quarter);
        Trends = await returns.TrendsAsync(Quarter, (Regions, Figures));
    }

    /// <summary>The quarter's submitted figures as CSV: a row per metric, a column per region and the national figure.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var quarter = await ChooseQuarterAsync(time.UkToday());
        return File(await returns.ExportAsync(quarter), "text/csv; charset=utf-8", $"national-return-{quarter.Code}.csv");
    }

    /// <summary>The quarter asked for (any up to the current one); otherwise the newest quarter any region has submitted, or the last one ended.</summary>
    private async Task<FinancialQuarter> ChooseQuarterAsync(DateOnly today)
    {
        Quarters = await returns.ChoosableQuartersAsync(today);
        if (FinancialQuarter.TryParse(QuarterCode, out var chosen) && chosen <= FinancialQuarter.Containing(today))
        {
            Quarters = Quarters.Contains(chosen) ? Quarters : [.. Quarters.Append(chosen).OrderDescending()];
            return chosen;
        }

        var submitted = await returns.QuartersAsync();
        return submitted.Count > 0 ? submitted[0] : FinancialQuarter.Containing(today).Previous;
    }

    public static string StageText(NationalReturns.Progress progress) => progress.Stage switch
    {
        NationalStage.Submitted => "Submitted " + progress.SubmittedAt!.Value.ToUkDate(),
        NationalStage.InProgress => progress.Step switch
        {
            ReturnStatus.Reviewed => "In progress: reviewed",
            ReturnStatus.Approved => "In progress: approved, not yet submitted",
            _ => "In progress: draft",
        },
        _ => "Not started",
    };
}
