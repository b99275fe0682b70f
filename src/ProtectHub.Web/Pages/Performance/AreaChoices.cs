using Microsoft.AspNetCore.Mvc.Rendering;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>The areas a return or a target can cover: the whole region (empty value) or one of its force areas.</summary>
public static class AreaChoices
{
    public static IReadOnlyList<SelectListItem> ForRegion(string regionCode) =>
        new[] { new SelectListItem("The whole region", "") }
            .Concat(ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(regionCode).Select(f => new SelectListItem(f.Name, f.Code)).ToList())
            .ToList();
}
