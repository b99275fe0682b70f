using ProtectHub.Core.Performance;
using ProtectHub.Core.Prevent;

namespace ProtectHub.Web.Pages.Prevent;

public sealed class StatisticsModel(PreventStatistics statistics, TimeProvider time) : PreventFiguresPage(statistics, time)
{
    protected override Task<PreventFigures> LoadAsync(PreventStatistics statistics, FinancialQuarter quarter) => statistics.ForRegionAsync(quarter);
}
