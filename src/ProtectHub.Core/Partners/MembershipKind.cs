namespace ProtectHub.Core.Partners;

public enum MembershipKind
{
    InformationSharingCommunity,
    CyberResilienceCentre,
    PoliceCyberAlarm,
    CyberEssentials,
    CyberEssentialsPlus,
}
