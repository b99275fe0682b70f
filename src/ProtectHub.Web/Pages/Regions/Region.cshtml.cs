using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Regions;

namespace ProtectHub.Web.Pages.Regions;

public sealed class RegionModel(ProtectHubDbContext db) : PageModel
{
    public Region Region { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var region = await db.Regions.AsNoTracking().Include(r => r.Forces).FirstOrDefaultAsync(r => r.Code == code.ToUpperInvariant());
        if (region is null)
        {
            return NotFound();
        }

        Region = region;
        return Page();
    }
}
