namespace ProtectHub.Core.Engagements;

/// <summary>
/// An entry of a list administrators can extend: the topics covered by engagements and the national campaigns and
/// materials used. Entries are retired, never deleted, so past engagements keep their meaning.
/// </summary>
public sealed class ManagedListItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ManagedListKind Kind { get; set; }
    public string Name { get; set; } = "";
    public bool IsRetired { get; set; }
}
