namespace ProtectHub.Core.Partners;

/// <summary>A dated note on an organisation's timeline.</summary>
public sealed class OrganisationNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Text { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTimeOffset WrittenAt { get; set; }
}
