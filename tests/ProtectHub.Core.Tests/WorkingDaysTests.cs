using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Tests;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-02", 5, "2026-11-09")] // Monday: a plain working week.
    [InlineData("2026-11-06", 1, "2026-11-09")] // Friday: over the weekend.
    [InlineData("2026-12-23", 3, "2026-12-30")] // Christmas Day, the weekend and the substitute Boxing Day (28th).
    [InlineData("2026-04-02", 1, "2026-04-07")] // Good Friday and Easter Monday.
    [InlineData("2027-12-24", 1, "2027-12-29")] // Christmas 2027 falls on a weekend: both substitute days.
    public void Add_SkipsWeekendsAndEnglandAndWalesBankHolidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void Triage_ScoresAndExplainsEachRuleThatApplies()
    {
        var rules = ReferralRules.DefaultFor("EM");
        var referral = new VictimReferral { ReportedOn = new DateOnly(2026, 10, 1), DateOfBirth = new DateOnly(1951, 10, 1), AmountLost = 1000m, OffenceCategory = OffenceCategory.TicketFraud, EarlierReports = 2 };
        var (priority, reasons) = ReferralTriage.Score(referral, rules);
        Assert.Equal(["Aged 75 or over (+30)", "Lost £1,000 or more (+10)", "Repeat victim: reported 2 times before (+25)"], reasons);
        Assert.Equal(65, priority);
        Assert.Equal("High", ReferralTriage.Band(priority));
        referral.DateOfBirth = new DateOnly(1951, 10, 2); // 74 on the day it was reported.
        Assert.DoesNotContain(ReferralTriage.Score(referral, rules).Reasons, r => r.StartsWith("Aged", StringComparison.Ordinal));
    }

    /// <summary>Issue 21 (bug 11): an imported "Under 18" flag and a date of birth under 18 are one reason, not two.</summary>
    [Fact]
    public void Triage_AgeFlagThatRestatesTheDateOfBirth_ScoresOnce()
    {
        var rules = ReferralRules.DefaultFor("EM");
        var child = new VictimReferral { ReportedOn = new DateOnly(2026, 10, 1), DateOfBirth = new DateOnly(2011, 1, 1), OffenceCategory = OffenceCategory.TicketFraud, VulnerabilityFlags = ["Under 18"] };
        Assert.Equal([$"Under 18 (+{rules.ChildVictimPoints})"], ReferralTriage.Score(child, rules).Reasons);
        child.VulnerabilityFlags = ["Under-18", "Autistic"];
        Assert.Equal([$"Under 18 (+{rules.ChildVictimPoints})", $"Flagged vulnerable: Autistic (+{rules.VulnerableFlagPoints})"], ReferralTriage.Score(child, rules).Reasons);
        var noBirthDate = new VictimReferral { ReportedOn = new DateOnly(2026, 10, 1), OffenceCategory = OffenceCategory.TicketFraud, VulnerabilityFlags = ["Under 18"] };
        Assert.Equal([$"Flagged vulnerable: Under 18 (+{rules.VulnerableFlagPoints})"], ReferralTriage.Score(noBirthDate, rules).Reasons);
    }
}
