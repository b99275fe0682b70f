using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Regions;

namespace ProtectHub.Web.Pages.Regions;

/// <summary>Reference data, open to every signed-in user: regions and forces are public information.</summary>
public sealed class IndexModel(RegionDirectory regions) : PageModel
{
    public IReadOnlyList<Region> Regions { get; private set; } = [];

    public async Task OnGetAsync() =>
        Regions = await regions.AllAsync();
}
