namespace ProtectHub.Core.Partners;

public enum PartnershipKind
{
    DeliveryPartner,
    TradeBody,
    Academic,
    MemorandumOfUnderstanding,
    InformationSharing,
    Other,
}
