using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Imports organisations into the acting user's region. A row is already held when the region has an organisation
/// with the same Companies House number, or the same name and postcode.
/// </summary>
public sealed class OrganisationImport(ProtectHubDbContext db, OrganisationDirectory directory, Data.Providers.IBulkWriter writer) : RecordImport<Organisation>(db, writer)
{
    private IReadOnlySet<string> _forces = new HashSet<string>();
    private string _region = "";
    private HashSet<string> _heldNumbers = [];
    private HashSet<(string, string)> _heldNamePostcodes = [];

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("Name", "Name", true, ["name", "organisation", "organisationname", "organization", "organizationname", "company", "companyname"]),
        new("Kind", "Kind of organisation", true, ["kind", "type", "organisationtype", "organizationtype"]),
        new("Sector", "Sector", false, ["sector", "sic", "sicsection", "industry"]),
        new("Size", "Size", false, ["size", "sizeband", "staff", "employees", "numberofstaff"]),
        new("ForceCode", "Force area", true, ["force", "forcearea", "forcecode", "policeforce"]),
        new("AddressLine1", "Address line 1", false, ["address", "address1", "addressline1", "street"]),
        new("AddressLine2", "Address line 2", false, ["address2", "addressline2"]),
        new("Town", "Town or city", false, ["town", "city", "townorcity", "towncity"]),
        new("Postcode", "Postcode", false, ["postcode", "postalcode", "zip"]),
        new("Website", "Website", false, ["website", "web", "url", "site"]),
        new("CompaniesHouseNumber", "Companies House number", false, ["companieshousenumber", "companynumber", "companieshouse", "crn"]),
    ];

    public override string Kind => "organisations";

    public override IReadOnlyList<ImportField> Fields => AllFields;

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        _forces = await directory.RegionForcesAsync();
        _region = Db.Scope.RegionCode;
        var held = await Db.Set<Organisation>().AsNoTracking()
            .Select(o => new { o.NormalisedName, o.Postcode, o.CompaniesHouseNumber }).ToListAsync(ct);
        _heldNumbers = held.Where(o => o.CompaniesHouseNumber != null).Select(o => o.CompaniesHouseNumber!).ToHashSet(StringComparer.Ordinal);
        _heldNamePostcodes = held.Select(o => (o.NormalisedName, o.Postcode ?? "")).ToHashSet();
    }

    protected override Organisation? Parse(ImportRow row)
    {
        var kindText = row.Cell("Kind");
        OrganisationKind? kind = kindText is null ? null : ParseKind(kindText);
        if (kindText is not null && kind is null)
        {
            row.Error("Kind", $"'{kindText}' is not a kind of organisation: use business, charity, education, public body, trade body, law enforcement or other");
        }

        var sizeText = row.Cell("Size");
        SizeBand? size = sizeText is null ? null : ParseSize(sizeText);
        if (sizeText is not null && size is null)
        {
            row.Error("Size", $"'{sizeText}' is not a size: use micro, small, medium, large or a number of staff");
        }

        var sectorText = row.Cell("Sector");
        char? sector = sectorText is { Length: > 0 } && char.IsAsciiLetter(sectorText[0]) && (sectorText.Length == 1 || !char.IsAsciiLetter(sectorText[1]))
            ? char.ToUpperInvariant(sectorText[0])
            : null;
        if (sectorText is not null && sector is null)
        {
            row.Error("Sector", $"'{sectorText}' is not a UK SIC 2007 section: use a letter from A to U");
        }

        var forceText = row.Cell("ForceCode");
        var force = Regions.ForceNames.Find(forceText, _region);
        if (forceText is not null && force is null)
        {
            row.Error("ForceCode", Regions.ForceNames.NotInRegion(forceText));
        }

        var details = new OrganisationDetails
        {
            Name = row.Cell("Name") ?? "",
            Kind = kind,
            Sector = sector,
            Size = size,
            ForceCode = force ?? "",
            AddressLine1 = row.Cell("AddressLine1"),
            AddressLine2 = row.Cell("AddressLine2"),
            Town = row.Cell("Town"),
            Postcode = row.Cell("Postcode"),
            Website = row.Cell("Website"),
            CompaniesHouseNumber = row.Cell("CompaniesHouseNumber"),
        };
        // The force has been read above, in import wording; the form's rules check everything else.
        row.AddErrors(OrganisationDirectory.Validate(details, _forces).Where(e => e.Field != "ForceCode" || forceText is null));
        return row.Errors.Count == 0 ? directory.New(details) : null;
    }

    protected override bool Remember(Organisation organisation) =>
        !(organisation.CompaniesHouseNumber is { } number && !_heldNumbers.Add(number))
        && _heldNamePostcodes.Add((organisation.NormalisedName, organisation.Postcode ?? ""));

    private static OrganisationKind? ParseKind(string text)
    {
        var key = new string(text.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (Enum.TryParse<OrganisationKind>(key, ignoreCase: true, out var kind))
        {
            return kind;
        }

        return key switch
        {
            "company" or "sme" or "soletrader" => OrganisationKind.Business,
            "school" or "college" or "university" or "schoolcollegeoruniversity" or "academy" => OrganisationKind.Education,
            "charityorvoluntary" or "voluntary" or "thirdsector" => OrganisationKind.Charity,
            "publicsector" or "council" or "localauthority" or "nhs" => OrganisationKind.PublicBody,
            "tradebodyormembershiporganisation" or "membershiporganisation" or "tradeassociation" => OrganisationKind.TradeBody,
            "police" => OrganisationKind.LawEnforcement,
            _ => null,
        };
    }

    private static SizeBand? ParseSize(string text)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var staff) && staff >= 0)
        {
            return staff < 10 ? SizeBand.Micro : staff < 50 ? SizeBand.Small : staff < 250 ? SizeBand.Medium : SizeBand.Large;
        }

        var word = text.Trim().Split(' ', '(')[0];
        return Enum.TryParse<SizeBand>(word, ignoreCase: true, out var band) ? band : null;
    }
}
