using System.Globalization;
using ProtectHub.Core.Access;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Scores a referral's priority by the region's rules and says why, one reason per rule that applied, so that an
/// officer can see (and a coordinator can change) what put a referral at the top of the queue.
/// </summary>
public static class ReferralTriage
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Cyber-dependent crime goes to Cyber Protect; fraud (and anything else) to Fraud Protect.</summary>
    public static Team TeamFor(OffenceCategory category) => category switch
    {
        OffenceCategory.HackingSocialMediaOrEmail or OffenceCategory.HackingServer or OffenceCategory.Malware or OffenceCategory.Ransomware
            or OffenceCategory.DenialOfService or OffenceCategory.ExtortionAndSextortion => Team.CyberProtect,
        _ => Team.FraudProtect,
    };

    public static (int Priority, List<string> Reasons) Score(VictimReferral referral, ReferralRules rules)
    {
        var reasons = new List<string>();
        var score = 0;
        void Add(int points, string reason)
        {
            if (points != 0)
            {
                score += points;
                reasons.Add($"{reason} (+{points})");
            }
        }

        var agePointed = false;
        if (referral.DateOfBirth is { } born)
        {
            var age = AgeOn(born, referral.ReportedOn);
            if (age >= rules.OlderVictimAge)
            {
                Add(rules.OlderVictimPoints, $"Aged {rules.OlderVictimAge} or over");
                agePointed = true;
            }
            else if (age < 18)
            {
                Add(rules.ChildVictimPoints, "Under 18");
                agePointed = true;
            }
        }

        // A flag that only restates the age ("Under 18", "Elderly") is already scored by the date of birth: once is enough.
        var flags = agePointed ? referral.VulnerabilityFlags.Where(f => !IsAgeFlag(f)).ToList() : referral.VulnerabilityFlags;
        if (flags.Count > 0)
        {
            Add(rules.VulnerableFlagPoints, $"Flagged vulnerable: {string.Join(", ", flags)}");
        }

        if (referral.AmountLost >= rules.HighLossAmount)
        {
            Add(rules.HighLossPoints, $"Lost {rules.HighLossAmount.ToString("C0", UkCulture)} or more");
        }
        else if (referral.AmountLost >= rules.LossAmount)
        {
            Add(rules.LossPoints, $"Lost {rules.LossAmount.ToString("C0", UkCulture)} or more");
        }

        if (referral.EarlierReports > 0)
        {
            Add(rules.RepeatVictimPoints, $"Repeat victim: reported {referral.EarlierReports} time{(referral.EarlierReports == 1 ? "" : "s")} before");
        }

        if (referral.VictimType == VictimType.Organisation)
        {
            Add(rules.OrganisationPoints, "Organisation victim");
        }

        if (rules.PriorityOffences.Contains(referral.OffenceCategory))
        {
            Add(rules.PriorityOffencePoints, $"Offence: {VictimNames.Of(referral.OffenceCategory)}");
        }

        return (score, reasons);
    }

    private static readonly string[] AgeFlags = ["under18", "child", "minor", "juvenile", "elderly", "older", "olderperson", "olderadult", "over75", "75", "75over", "aged75orover", "pensioner"];

    /// <summary>Whether a vulnerability flag says only how old the victim is.</summary>
    public static bool IsAgeFlag(string flag) =>
        AgeFlags.Contains(Data.TextKey.Of(flag), StringComparer.Ordinal);

    /// <summary>High, medium or low, from the score: what the queue shows as a tag.</summary>
    public static string Band(int priority) => priority >= 40 ? "High" : priority >= 15 ? "Medium" : "Low";

    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }
}
