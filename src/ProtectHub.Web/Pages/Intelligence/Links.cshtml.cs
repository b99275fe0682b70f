using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>Partner organisations' secure submission links: made (and shown once), listed with their use, revoked.</summary>
public sealed class LinksModel(PartnerLinks links, OrganisationNames organisations) : PartnerLinksPageModel(links, organisations)
{
    protected override PartnerLinkPurpose Purpose => PartnerLinkPurpose.Intelligence;

    protected override string FormPath => "/intelligence/submit";
}
