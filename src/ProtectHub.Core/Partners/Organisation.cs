using ProtectHub.Core.Access;

namespace ProtectHub.Core.Partners;

/// <summary>An organisation the unit works with: a business, charity, school, public or trade body.</summary>
public sealed class Organisation : IRegionOwned, Data.IVersioned, Data.IMergeable
{
    /// <summary>Goes up by one on every save; an edit based on an older version is refused (see <see cref="Data.IVersioned"/>).</summary>
    public long Version { get; set; }

    public Guid? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The name reduced for duplicate checks: case, punctuation and "Ltd"/"Limited"/"PLC" removed.</summary>
    public string NormalisedName { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>UK SIC 2007 section letter, A to U.</summary>
    public char? Sector { get; set; }

    public SizeBand? Size { get; set; }
    public string ForceCode { get; set; } = "";
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }
    public string? CompaniesHouseNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }

    /// <summary>Set when this record was merged into another; merged records are kept (with their history) but hidden.</summary>
    public Guid? MergedIntoId { get; set; }

    public List<Membership> Memberships { get; init; } = [];
    public List<Contact> Contacts { get; init; } = [];
    public List<OrganisationNote> Notes { get; init; } = [];
    public List<Partnership> Partnerships { get; init; } = [];
}
