using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.National;

public sealed class IndexModel(RegionFigures figures, NationalReturns returns, TimeProvider time) : PageModel
{
    public IReadOnlyList<RegionFigures.Row> Rows { get; private set; } = [];

    [FromQuery(Name = "quarter")]
    public string? QuarterCode { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];
    public FinancialQuarter? Quarter { get; private set; }
    public IReadOnlyList<NationalReturns.RegionColumn> Regions { get; private set; } = [];
    public IReadOnlyList<NationalReturns.Row> Figures { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await figures.ByRegionAsync(time.UkToday());
        Quarters = await returns.QuartersAsync();
        Quarter = FinancialQuarter.TryParse(QuarterCode, out var chosen) && Quarters.Contains(chosen) ? chosen : Quarters.Count > 0 ? Quarters[0] : null;
        if (Quarter is { } quarter)
        {
            (Regions, Figures) = await returns.ForQuarterAsync(quarter);
        }
    }
}
