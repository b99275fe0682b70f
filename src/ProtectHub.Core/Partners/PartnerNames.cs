namespace ProtectHub.Core.Partners;

/// <summary>Plain-English names for the Partners area's lists, shared by pages, filters and exports.</summary>
public static class PartnerNames
{
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Business => "Business",
        OrganisationKind.Charity => "Charity",
        OrganisationKind.Education => "School, college or university",
        OrganisationKind.PublicBody => "Public body",
        OrganisationKind.TradeBody => "Trade body or membership organisation",
        OrganisationKind.LawEnforcement => "Law enforcement",
        _ => "Other",
    };

    public static string Of(SizeBand band) => band switch
    {
        SizeBand.Micro => "Micro (fewer than 10 staff)",
        SizeBand.Small => "Small (10 to 49 staff)",
        SizeBand.Medium => "Medium (50 to 249 staff)",
        _ => "Large (250 staff or more)",
    };

    public static string Of(MembershipKind kind) => kind switch
    {
        MembershipKind.InformationSharingCommunity => "Regional information-sharing community",
        MembershipKind.CyberResilienceCentre => "Cyber Resilience Centre",
        MembershipKind.PoliceCyberAlarm => "Police CyberAlarm",
        MembershipKind.CyberEssentials => "Cyber Essentials",
        _ => "Cyber Essentials Plus",
    };

    public static string Of(PartnershipKind kind) => kind switch
    {
        PartnershipKind.DeliveryPartner => "Delivery partner",
        PartnershipKind.TradeBody => "Trade body",
        PartnershipKind.Academic => "Academic partner",
        PartnershipKind.MemorandumOfUnderstanding => "Memorandum of understanding (MoU)",
        PartnershipKind.InformationSharing => "Information-sharing agreement",
        _ => "Other",
    };

    /// <summary>UK SIC 2007 sections A to U.</summary>
    public static IReadOnlyDictionary<char, string> SicSections { get; } = new Dictionary<char, string>
    {
        ['A'] = "Agriculture, forestry and fishing",
        ['B'] = "Mining and quarrying",
        ['C'] = "Manufacturing",
        ['D'] = "Electricity, gas, steam and air conditioning supply",
        ['E'] = "Water supply, sewerage, waste management and remediation",
        ['F'] = "Construction",
        ['G'] = "Wholesale and retail trade; repair of motor vehicles",
        ['H'] = "Transportation and storage",
        ['I'] = "Accommodation and food service activities",
        ['J'] = "Information and communication",
        ['K'] = "Financial and insurance activities",
        ['L'] = "Real estate activities",
        ['M'] = "Professional, scientific and technical activities",
        ['N'] = "Administrative and support service activities",
        ['O'] = "Public administration and defence; compulsory social security",
        ['P'] = "Education",
        ['Q'] = "Human health and social work activities",
        ['R'] = "Arts, entertainment and recreation",
        ['S'] = "Other service activities",
        ['T'] = "Activities of households as employers",
        ['U'] = "Activities of extraterritorial organisations and bodies",
    };
}
