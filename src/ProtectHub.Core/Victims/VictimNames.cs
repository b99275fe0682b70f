namespace ProtectHub.Core.Victims;

/// <summary>How the referral lists' values read on pages.</summary>
public static class VictimNames
{
    public static string Of(OffenceCategory category) => category switch
    {
        OffenceCategory.HackingSocialMediaOrEmail => "Hacking of social media or email",
        OffenceCategory.HackingServer => "Hacking of a server",
        OffenceCategory.Malware => "Malware",
        OffenceCategory.Ransomware => "Ransomware",
        OffenceCategory.DenialOfService => "Denial of service",
        OffenceCategory.ExtortionAndSextortion => "Extortion and sextortion",
        OffenceCategory.OnlineShoppingFraud => "Online shopping fraud",
        OffenceCategory.RomanceFraud => "Romance fraud",
        OffenceCategory.InvestmentFraud => "Investment fraud",
        OffenceCategory.CourierFraud => "Courier fraud",
        OffenceCategory.MandateOrCeoFraud => "Mandate or CEO fraud",
        OffenceCategory.TicketFraud => "Ticket fraud",
        OffenceCategory.AdvanceFeeFraud => "Advance fee fraud",
        _ => "Other",
    };

    public static string Of(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.AdviceGiven => "Advice given",
        ContactOutcome.NoAnswer => "No answer",
        ContactOutcome.VoicemailLeft => "Voicemail left",
        ContactOutcome.WrongDetails => "Wrong details",
        ContactOutcome.Declined => "Declined",
        _ => "Already resolved",
    };

    public static string Of(ReferralClosure closure) => closure switch
    {
        ReferralClosure.AdviceGiven => "Advice given",
        ReferralClosure.Uncontactable => "Uncontactable",
        ReferralClosure.Declined => "Declined",
        _ => "Already resolved",
    };

    /// <summary>Reads an offence category as the national lists and people write it.</summary>
    public static OffenceCategory? ParseCategory(string text)
    {
        var key = new string(text.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (Enum.TryParse<OffenceCategory>(key, ignoreCase: true, out var category))
        {
            return category;
        }

        foreach (var c in Enum.GetValues<OffenceCategory>())
        {
            if (new string(Of(c).ToLowerInvariant().Where(char.IsLetter).ToArray()) == key)
            {
                return c;
            }
        }

        return key switch
        {
            "hacking" or "hackingsocialmedia" or "hackingemail" or "socialmediahacking" or "emailhacking" or "hackingsocialmediaandemail" => OffenceCategory.HackingSocialMediaOrEmail,
            "hackingserver" or "serverhacking" or "hackingpersonal" or "computerhacking" => OffenceCategory.HackingServer,
            "virus" or "computervirus" or "computervirusmalwarespyware" => OffenceCategory.Malware,
            "ddos" or "dos" or "denialofserviceattack" => OffenceCategory.DenialOfService,
            "extortion" or "sextortion" or "hackingextortion" => OffenceCategory.ExtortionAndSextortion,
            "shoppingfraud" or "onlineshopping" or "onlineshoppingandauctions" => OffenceCategory.OnlineShoppingFraud,
            "romance" or "datingfraud" or "romancescam" => OffenceCategory.RomanceFraud,
            "investment" or "investmentscam" or "cryptoinvestmentfraud" => OffenceCategory.InvestmentFraud,
            "courier" => OffenceCategory.CourierFraud,
            "mandatefraud" or "ceofraud" or "mandate" or "bec" or "businessemailcompromise" => OffenceCategory.MandateOrCeoFraud,
            "ticket" or "ticketing" => OffenceCategory.TicketFraud,
            "advancefee" or "advancefeefraud" or "419" => OffenceCategory.AdvanceFeeFraud,
            _ => null,
        };
    }
}
