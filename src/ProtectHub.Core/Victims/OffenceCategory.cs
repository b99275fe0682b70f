namespace ProtectHub.Core.Victims;

/// <summary>The national reporting service's offence categories, as they arrive on referral lists.</summary>
public enum OffenceCategory
{
    HackingSocialMediaOrEmail,
    HackingServer,
    Malware,
    Ransomware,
    DenialOfService,
    ExtortionAndSextortion,
    OnlineShoppingFraud,
    RomanceFraud,
    InvestmentFraud,
    CourierFraud,
    MandateOrCeoFraud,
    TicketFraud,
    AdvanceFeeFraud,
    Other,
}
