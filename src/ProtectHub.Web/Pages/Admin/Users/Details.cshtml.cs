using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>One user. The folder's record filter has already answered 404 for a user of another region.</summary>
public sealed class DetailsModel(ProtectHubDbContext db) : PageModel
{
    public AppUser AppUser { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public string ForceName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var user = AppUser = HttpContext.GetRecord<AppUser>();
        RegionName = await db.Regions.Where(r => r.Code == user.RegionCode).Select(r => r.Name).FirstAsync();
        ForceName = await db.Forces.Where(f => f.Code == user.HomeForceCode).Select(f => f.Name).FirstAsync();
    }
}
