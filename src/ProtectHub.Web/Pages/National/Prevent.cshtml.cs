using ProtectHub.Core.Performance;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.Pages.Prevent;

namespace ProtectHub.Web.Pages.National;

public sealed class PreventModel(PreventStatistics statistics, TimeProvider time) : PreventFiguresPage(statistics, time)
{
    protected override Task<PreventFigures> LoadAsync(PreventStatistics statistics, FinancialQuarter quarter) => statistics.NationalAsync(quarter);
}
