using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Pages.Advisories;

/// <summary>Partner organisations' keys to the TAXII server: issued (the key shown once), listed with their use, revoked.</summary>
public sealed class TaxiiKeysModel(PartnerLinks links, OrganisationNames organisations) : PartnerLinksPageModel(links, organisations)
{
    protected override PartnerLinkPurpose Purpose => PartnerLinkPurpose.Taxii;

    protected override string FormPath => "/taxii2";

    /// <summary>The key itself: the partner's platform is given the API root and the key separately.</summary>
    protected override string Shown(string token) => token;

    /// <summary>The signed-in officer's region's API root (keys read their own region's only).</summary>
    public string ApiRoot => $"{Request.Scheme}://{Request.Host}/taxii2/{(User.FindFirst(ProtectHub.Web.Access.ProtectHubClaims.Region)?.Value ?? "").ToLowerInvariant()}/";
}
