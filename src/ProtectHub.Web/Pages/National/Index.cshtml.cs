using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Regions;

namespace ProtectHub.Web.Pages.National;

public sealed class IndexModel(RegionFigures figures, TimeProvider time) : PageModel
{
    public IReadOnlyList<RegionFigures.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await figures.ByRegionAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}
