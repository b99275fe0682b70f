using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>One user. The folder's record filter has already answered 404 for a user of another region.</summary>
public sealed class DetailsModel : PageModel
{
    public AppUser AppUser { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public string ForceName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var user = AppUser = HttpContext.GetRecord<AppUser>();
        RegionName = ProtectHub.Core.Regions.PoliceReferenceData.RegionName(user.RegionCode);
        ForceName = ProtectHub.Core.Regions.PoliceReferenceData.ForceName(user.HomeForceCode);
    }
}
