using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>The organisation fields shared by the create and change pages.</summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Sector { get; set; }
    public string? Size { get; set; }
    public string? ForceCode { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }
    public string? CompaniesHouseNumber { get; set; }

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = o.Name,
        Kind = o.Kind.ToString(),
        Sector = o.Sector?.ToString(),
        Size = o.Size?.ToString(),
        ForceCode = o.ForceCode,
        AddressLine1 = o.AddressLine1,
        AddressLine2 = o.AddressLine2,
        Town = o.Town,
        Postcode = o.Postcode,
        Website = o.Website,
        CompaniesHouseNumber = o.CompaniesHouseNumber,
    };

    public OrganisationDetails ToDetails() => new()
    {
        Name = Name ?? "",
        Kind = Enum.TryParse<OrganisationKind>(Kind, out var kind) ? kind : null,
        Sector = Sector is { Length: 1 } s ? s[0] : null,
        Size = Enum.TryParse<SizeBand>(Size, out var size) ? size : null,
        ForceCode = ForceCode ?? "",
        AddressLine1 = AddressLine1,
        AddressLine2 = AddressLine2,
        Town = Town,
        Postcode = Postcode,
        Website = Website,
        CompaniesHouseNumber = CompaniesHouseNumber,
    };
}
