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
    public bool IsRetired { get; set; }

    public bool Fits(OffenceCategory category) => Categories.Count == 0 || Categories.Contains(category);
}
