namespace ProtectHub.Core.Partners;

public enum OrganisationSort
{
    Name,
    NewestFirst,
    Town,
}

/// <summary>Filters, sort and page for the organisation list; every filter is optional.</summary>
public sealed record OrganisationSearch
{
    public string? Text { get; init; }
    public char? Sector { get; init; }
    public SizeBand? Size { get; init; }
    public string? ForceCode { get; init; }
    public MembershipKind? Membership { get; init; }
    public OrganisationSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
