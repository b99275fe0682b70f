using ProtectHub.Core.Data;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>Partner organisations' secure submission links: made (and shown once), listed with their use, revoked.</summary>
public sealed class LinksModel(PartnerLinks links, ProtectHubDbContext db) : PartnerLinksPageModel(links, db)
{
    protected override PartnerLinkPurpose Purpose => PartnerLinkPurpose.Intelligence;

    protected override string FormPath => "/intelligence/submit";
}
