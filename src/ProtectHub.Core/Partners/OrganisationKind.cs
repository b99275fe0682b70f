namespace ProtectHub.Core.Partners;

public enum OrganisationKind
{
    Business,
    Charity,
    Education,
    PublicBody,
    TradeBody,
    LawEnforcement,
    Other,
}
