using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>One user. A user of another region is filtered out by the region scope and answers 404.</summary>
public sealed class DetailsModel(ProtectHubDbContext db, UserAdministration admin) : PageModel
{
    public AppUser AppUser { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public string ForceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await admin.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        AppUser = user;
        RegionName = await db.Regions.Where(r => r.Code == user.RegionCode).Select(r => r.Name).FirstAsync();
        ForceName = await db.Forces.Where(f => f.Code == user.HomeForceCode).Select(f => f.Name).FirstAsync();
        return Page();
    }
}
