namespace ProtectHub.Core.Victims;

/// <summary>The advice checklist and support services as first delivered, with fixed ids so every database seeds the same.</summary>
public static class AdviceCatalogue
{
    private static readonly OffenceCategory[] Hacking = [OffenceCategory.HackingSocialMediaOrEmail, OffenceCategory.HackingServer, OffenceCategory.Malware, OffenceCategory.Ransomware];

    private static readonly OffenceCategory[] Fraud =
    [
        OffenceCategory.OnlineShoppingFraud, OffenceCategory.RomanceFraud, OffenceCategory.InvestmentFraud, OffenceCategory.CourierFraud,
        OffenceCategory.MandateOrCeoFraud, OffenceCategory.TicketFraud, OffenceCategory.AdvanceFeeFraud,
    ];

    public static IReadOnlyList<AdviceItem> Starter()
    {
        var advice = new (string Text, OffenceCategory[] Categories)[]
        {
            ("Change passwords, using three random words, and turn on 2-step verification", [.. Hacking, OffenceCategory.ExtortionAndSextortion]),
            ("Contact your bank straight away, using the number on the back of your card", Fraud),
            ("Report scam emails to the Suspicious Email Reporting Service (report@phishing.gov.uk) and texts to 7726", []),
            ("Check your credit record for accounts you did not open", [.. Fraud, OffenceCategory.HackingSocialMediaOrEmail]),
            ("Secure social media and email recovery options (phone number, recovery email)", [OffenceCategory.HackingSocialMediaOrEmail, OffenceCategory.ExtortionAndSextortion]),
            ("Keep evidence: screenshots, emails, messages and payment details", []),
            ("Back up important data offline and keep software and devices updated", [OffenceCategory.HackingServer, OffenceCategory.Malware, OffenceCategory.Ransomware, OffenceCategory.DenialOfService]),
            ("Do not pay or engage further with the offender", [OffenceCategory.ExtortionAndSextortion, OffenceCategory.Ransomware, OffenceCategory.RomanceFraud, OffenceCategory.AdvanceFeeFraud]),
        };
        // Each service with how to reach it, and whom it is for: Cyber Essentials and Police CyberAlarm help organisations,
        // Citizens Advice people; the others anyone.
        VictimType[] people = [VictimType.Individual], organisations = [VictimType.Organisation];
        var services = new (string Text, string? Phone, string? Web, VictimType[] For)[]
        {
            ("Victim Support", "08 08 16 89 111", "www.victimsupport.org.uk", []),
            ("The victim's bank", null, null, []),
            ("The national reporting service (Report Fraud)", "0300 123 2040", "www.reportfraud.police.uk", []),
            ("Citizens Advice", "0808 223 1133", "www.citizensadvice.org.uk", people),
            ("Cyber Essentials", null, "www.ncsc.gov.uk/cyberessentials", organisations),
            ("Police CyberAlarm", null, "www.cyberalarm.police.uk", organisations),
            ("Take Five to Stop Fraud", null, "www.takefive-stopfraud.org.uk", []),
            ("National Cyber Security Centre guidance", null, "www.ncsc.gov.uk", []),
        };
        return advice.Select((a, i) => new AdviceItem { Id = SeedId(1, i), Kind = AdviceKind.Advice, Text = a.Text, Categories = [.. a.Categories] })
            .Concat(services.Select((s, i) => new AdviceItem { Id = SeedId(2, i), Kind = AdviceKind.Signpost, Text = s.Text, Phone = s.Phone, WebAddress = s.Web, VictimTypes = [.. s.For] }))
            .ToList();
    }

    private static Guid SeedId(int list, int index) => new($"00000000-0000-7000-9000-{list:D4}{index:D8}");
}
