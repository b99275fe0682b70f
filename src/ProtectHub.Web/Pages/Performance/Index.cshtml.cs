using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Web.Charts;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>
/// The region's performance at a glance: the quarter's headline figures, trends over the last four quarters, and
/// comparisons between forces, sectors and offences, each chart with its table. Figures are worked out at most every
/// five minutes per region and quarter (<see cref="SharedFigures"/>), so a dashboard opened by the whole unit costs one calculation.
/// </summary>
public sealed class IndexModel(DeliveryPlans plans, Core.Access.ActingScope acting, SharedFigures shared, TimeProvider time) : PageModel
{
    [FromQuery(Name = "quarter")]
    public string? QuarterCode { get; set; }

    public FinancialQuarter Quarter { get; private set; }
    public ReturnFigures Figures { get; private set; } = null!;
    public IReadOnlyList<(FinancialQuarter Quarter, ReturnFigures Figures)> Trend { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Quarters { get; private set; } = [];
    public DeliveryPlan? Plan { get; private set; }
    public IReadOnlyList<TargetProgress> PlanProgress { get; private set; } = [];

    public static readonly string[] Headlines =
        ["engagements-delivered", "people-reached", "smes-engaged", "mean-confidence-uplift", "referrals-received", "contacted-in-time-rate", "repeat-victim-rate"];

    public async Task<IActionResult> OnGetAsync()
    {
        var current = FinancialQuarter.Containing(time.UkToday());
        if (QuarterCode is null)
        {
            Quarter = current;
        }
        else if (!FinancialQuarter.TryParse(QuarterCode, out var chosen) || chosen > current)
        {
            return NotFound();
        }
        else
        {
            Quarter = chosen;
        }

        Quarters = current.Trailing(8).Reverse().Select(q => new SelectListItem(q.Label, q.Code, q == Quarter)).ToList();
        var trend = new List<(FinancialQuarter, ReturnFigures)>();
        foreach (var quarter in Quarter.Trailing(4))
        {
            trend.Add((quarter, await FiguresAsync(quarter)));
        }

        Trend = trend;
        Figures = trend[^1].Item2;
        var planId = (await plans.ListAsync()).FirstOrDefault(p => p.Year == current.Year)?.Id;
        if (planId is { } id)
        {
            Plan = await plans.FindAsync(id);
            var plan = Plan!;
            PlanProgress = await shared.GetAsync($"plan:{id}", acting.Current, sp => sp.GetRequiredService<DeliveryPlans>().ProgressAsync(plan));
        }

        return Page();
    }

    private Task<ReturnFigures> FiguresAsync(FinancialQuarter quarter) => shared.RegionAsync(acting.Current, quarter);

    public IReadOnlyList<SvgChart.Point> TrendOf(string key) =>
        Trend.Select(t => new SvgChart.Point($"Q{t.Quarter.Quarter} {t.Quarter.Year % 100:00}/{(t.Quarter.Year + 1) % 100:00}", t.Figures.Metric(key)?.Total.Value)).ToList();

    public IReadOnlyList<SvgChart.Point> BreakdownOf(string key, string field) =>
        Figures.Metric(key)?.Breakdowns.FirstOrDefault(b => b.Field == field)?.Rows.Select(r => new SvgChart.Point(r.Label, r.Value.Value)).ToList() ?? [];
}
