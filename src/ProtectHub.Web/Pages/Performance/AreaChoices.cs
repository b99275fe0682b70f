using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>The areas a return or a target can cover: the whole region (empty value) or one of its force areas.</summary>
public static class AreaChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ForRegionAsync(ProtectHubDbContext db, string regionCode) =>
        new[] { new SelectListItem("The whole region", "") }
            .Concat(ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(regionCode).Select(f => new SelectListItem(f.Name, f.Code)).ToList())
            .ToList();
}
