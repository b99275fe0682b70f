namespace ProtectHub.Core.Partners;

/// <summary>What an officer enters about a contact, for creating and changing one.</summary>
public sealed record ContactDetails
{
    public string FullName { get; init; } = "";
    public string? JobRole { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public Guid? OrganisationId { get; init; }
    public LawfulBasis? LawfulBasis { get; init; }
    public DateOnly? ConsentGivenOn { get; init; }
    public string? ConsentMethod { get; init; }
    public bool AcceptsEmail { get; init; }
    public bool AcceptsPhone { get; init; }
    public bool AcceptsPost { get; init; }
}
