using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Pages.Partners;

/// <summary>The lists the Partners pages offer, limited to the user's region.</summary>
public sealed record Choices(
    IReadOnlyList<SelectListItem> Kinds,
    IReadOnlyList<SelectListItem> Sectors,
    IReadOnlyList<SelectListItem> Sizes,
    IReadOnlyList<SelectListItem> Forces,
    IReadOnlyList<SelectListItem> Memberships)
{
    public static async Task<Choices> LoadAsync(ProtectHubDbContext db)
    {
        var region = db.Scope.RegionCode;
        var forces = ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(region).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
        return new Choices(
            Enum.GetValues<OrganisationKind>().Select(k => new SelectListItem(PartnerNames.Of(k), k.ToString())).ToList(),
            PartnerNames.SicSections.Select(s => new SelectListItem($"{s.Key}: {s.Value}", s.Key.ToString())).ToList(),
            Enum.GetValues<SizeBand>().Select(b => new SelectListItem(PartnerNames.Of(b), b.ToString())).ToList(),
            forces,
            Enum.GetValues<MembershipKind>().Select(m => new SelectListItem(PartnerNames.Of(m), m.ToString())).ToList());
    }
}
