using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
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
    /// <summary>The lists for the acting user (the forces of their region): fixed lists, no query.</summary>
    public static Choices For(ActorScope actor)
    {
        var forces = ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(actor.RegionCode).Select(f => new SelectListItem(f.Name, f.Code)).ToList();
        return new Choices(
            Enum.GetValues<OrganisationKind>().Select(k => new SelectListItem(PartnerNames.Of(k), k.ToString())).ToList(),
            PartnerNames.SicSections.Select(s => new SelectListItem($"{s.Key}: {s.Value}", s.Key.ToString())).ToList(),
            Enum.GetValues<SizeBand>().Select(b => new SelectListItem(PartnerNames.Of(b), b.ToString())).ToList(),
            forces,
            Enum.GetValues<MembershipKind>().Select(m => new SelectListItem(PartnerNames.Of(m), m.ToString())).ToList());
    }
}
