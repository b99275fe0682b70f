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
        var services = new[]
        {
            "Victim Support", "The victim's bank", "The national reporting service (Report Fraud)", "Citizens Advice", "Cyber Essentials",
            "Police CyberAlarm", "Take Five to Stop Fraud", "National Cyber Security Centre guidance",
        };
        return advice.Select((a, i) => new AdviceItem { Id = SeedId(1, i), Kind = AdviceKind.Advice, Text = a.Text, Categories = [.. a.Categories] })
            .Concat(services.Select((s, i) => new AdviceItem { Id = SeedId(2, i), Kind = AdviceKind.Signpost, Text = s }))
            .ToList();
    }

    private static Guid SeedId(int list, int index) => new($"00000000-0000-7000-9000-{list:D4}{index:D8}");
}
