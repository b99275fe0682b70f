namespace ProtectHub.Core.Victims;

/// <summary>
/// One piece of Protect advice on the checklist officers give victims, for the offence categories it fits (none listed
/// means every category), or one support service victims are signposted to. Coordinators extend and retire entries.
/// </summary>
public sealed class AdviceItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public AdviceKind Kind { get; set; }
    public string Text { get; set; } = "";
    public List<OffenceCategory> Categories { get; set; } = [];

    /// <summary>The victims it is offered to: empty for everyone (Cyber Essentials is for organisations, not individuals).</summary>
    public List<VictimType> VictimTypes { get; set; } = [];

    /// <summary>A support service's phone number, for the letter.</summary>
    public string? Phone { get; set; }

    /// <summary>A support service's web address, for the letter.</summary>
    public string? WebAddress { get; set; }
    public bool IsRetired { get; set; }

    public bool Fits(OffenceCategory category) => Categories.Count == 0 || Categories.Contains(category);

    /// <summary>Offered to this referral: its offence (advice) and its kind of victim.</summary>
    public bool Fits(OffenceCategory category, VictimType victimType) => Fits(category) && (VictimTypes.Count == 0 || VictimTypes.Contains(victimType));
}
