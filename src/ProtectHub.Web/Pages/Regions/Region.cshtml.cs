using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Regions;

namespace ProtectHub.Web.Pages.Regions;

public sealed class RegionModel(RegionDirectory regions) : PageModel
{
    public Region Region { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var region = await regions.FindAsync(code);
        if (region is null)
        {
            return NotFound();
        }

        Region = region;
        return Page();
    }
}
