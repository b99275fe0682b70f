using ProtectHub.Core.Lessons;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Tests;

public class LessonRulesTests
{
    [Fact]
    public void AttackTechniques_ShipTheWholeEnterpriseList()
    {
        Assert.True(AttackTechniques.All.Count > 800, $"only {AttackTechniques.All.Count} techniques loaded");
        Assert.Equal("Phishing", AttackTechniques.Find("T1566")!.Name);
        Assert.Equal("Spearphishing Attachment", AttackTechniques.Find("t1566.001")!.Name);
        Assert.Contains("initial-access", AttackTechniques.Find("T1566")!.Tactics);
    }

    [Fact]
    public void AttackTechniques_Parse_AcceptsIdsWithOrWithoutNames_AndNamesEachBadOne()
    {
        var (ids, errors) = AttackTechniques.Parse("T1566.001 Spearphishing Attachment, t1078\nT1486; T1566.001");
        Assert.Equal(["T1566.001", "T1078", "T1486"], ids);
        Assert.Empty(errors);

        (ids, errors) = AttackTechniques.Parse("T9999, phishing, T1566.999");
        Assert.Empty(ids);
        Assert.Equal(["T9999 is not an ATT&CK Enterprise technique", "'phishing' is not an ATT&CK technique id (like T1566 or T1566.001)",
            "T1566.999 is not an ATT&CK Enterprise technique"], errors);
    }

    [Fact]
    public void AttackTechniques_Parse_RefusesRevokedAndDeprecatedOnes()
    {
        var old = AttackTechniques.All.First(t => !t.IsCurrent);
        var (ids, errors) = AttackTechniques.Parse(old.Id);
        Assert.Empty(ids);
        Assert.Contains(old.Revoked ? "is revoked in ATT&CK" : "is deprecated in ATT&CK", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contact jo.bloggs@trent-tools.example for the logs", "an email address", "jo.bloggs@trent-tools.example")]
    [InlineData("The victim called from 07700 900982 twice", "a telephone number", "07700 900982")]
    [InlineData("The office at NG1 5AA was visited", "a postcode", "NG1 5AA")]
    [InlineData("The finance manager, Sarah Jones, paid the invoice", "a person's name", "Sarah Jones")]
    [InlineData("Interviewed Mr. Patel about the breach", "a person's name", "Mr. Patel")]
    public void PersonalDataScan_FindsWhatLooksPersonal(string text, string kind, string found)
    {
        var finding = Assert.Single(PersonalDataScan.Find(("Advice", text)));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(found.Replace(".", "", StringComparison.Ordinal), finding.Text.Replace(".", "", StringComparison.Ordinal));
        Assert.StartsWith("Advice looks like it holds " + kind, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Attackers used Microsoft Teams and Office 365 to send a fake invoice")]
    [InlineData("Enable multi-factor authentication on every account. Check Cyber Essentials controls.")]
    [InlineData("The attack used T1566.001 and spread over 3 days; losses of £12,000")]
    public void PersonalDataScan_LeavesOrdinaryAdviceAlone(string text) =>
        Assert.Empty(PersonalDataScan.Find(("Advice", text)));
}
