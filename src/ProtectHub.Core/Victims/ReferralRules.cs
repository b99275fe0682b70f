namespace ProtectHub.Core.Victims;

/// <summary>
/// A region's rules for victim referrals, which its coordinators set: how priority is scored (each rule's points are
/// shown to officers as the reasons), the first-contact service level, when a referral may be closed as uncontactable,
/// and how long personal details are kept after closure.
/// </summary>
public sealed class ReferralRules : Data.IVersioned
{
    /// <summary>Goes up by one on every save; an edit based on an older version is refused (see <see cref="Data.IVersioned"/>).</summary>
    public long Version { get; set; }

    public Guid? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public string RegionCode { get; set; } = "";
    public int OlderVictimAge { get; set; } = 75;
    public int OlderVictimPoints { get; set; } = 30;
    public int ChildVictimPoints { get; set; } = 40;
    public int VulnerableFlagPoints { get; set; } = 30;
    public decimal HighLossAmount { get; set; } = 10_000;
    public int HighLossPoints { get; set; } = 25;
    public decimal LossAmount { get; set; } = 1_000;
    public int LossPoints { get; set; } = 10;
    public int RepeatVictimPoints { get; set; } = 25;
    public int OrganisationPoints { get; set; } = 10;

    /// <summary>Offence categories that add <see cref="PriorityOffencePoints"/> (for example extortion, romance fraud).</summary>
    public List<OffenceCategory> PriorityOffences { get; set; } = [OffenceCategory.ExtortionAndSextortion, OffenceCategory.RomanceFraud, OffenceCategory.CourierFraud, OffenceCategory.Ransomware];

    public int PriorityOffencePoints { get; set; } = 15;

    /// <summary>First contact is due within this many working days (England and Wales) of receipt.</summary>
    public int FirstContactWorkingDays { get; set; } = 5;

    /// <summary>Failed attempts after which a referral may be closed as uncontactable.</summary>
    public int AttemptsBeforeUncontactable { get; set; } = 3;

    /// <summary>Months after closure after which personal details are removed (counts are kept).</summary>
    public int RetentionMonths { get; set; } = 24;

    public static ReferralRules DefaultFor(string regionCode) => new() { RegionCode = regionCode };
}
