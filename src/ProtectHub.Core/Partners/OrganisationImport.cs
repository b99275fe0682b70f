using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Imports organisations from CSV or XLSX into the acting user's region: every row validated with the same rules as the
/// form, rows already held (same Companies House number, or same name and postcode) skipped, valid rows saved in
/// chunks so a large file shows progress, invalid rows returned as a file with the reason for each.
/// </summary>
public sealed class OrganisationImport(ProtectHubDbContext db, OrganisationDirectory directory)
{
    public const int ChunkSize = 500;

    /// <summary>The fields a file can fill, with the header names recognised for each (compared without case or spaces).</summary>
    public static IReadOnlyList<(string Field, string Label, bool Required, string[] Aliases)> Fields { get; } =
    [
        ("Name", "Name", true, ["name", "organisation", "organisationname", "organization", "organizationname", "company", "companyname"]),
        ("Kind", "Kind of organisation", true, ["kind", "type", "organisationtype", "organizationtype"]),
        ("Sector", "Sector", false, ["sector", "sic", "sicsection", "industry"]),
        ("Size", "Size", false, ["size", "sizeband", "staff", "employees", "numberofstaff"]),
        ("ForceCode", "Force area", true, ["force", "forcearea", "forcecode", "policeforce"]),
        ("AddressLine1", "Address line 1", false, ["address", "address1", "addressline1", "street"]),
        ("AddressLine2", "Address line 2", false, ["address2", "addressline2"]),
        ("Town", "Town or city", false, ["town", "city", "townorcity", "towncity"]),
        ("Postcode", "Postcode", false, ["postcode", "postalcode", "zip"]),
        ("Website", "Website", false, ["website", "web", "url", "site"]),
        ("CompaniesHouseNumber", "Companies House number", false, ["companieshousenumber", "companynumber", "companieshouse", "crn"]),
    ];

    /// <summary>The column each field comes from, matched on the header names; fields without a match are absent.</summary>
    public static Dictionary<string, int> SuggestMapping(IReadOnlyList<string> headers)
    {
        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = new string(headers[i].ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
            var field = Fields.FirstOrDefault(f => f.Aliases.Contains(key));
            if (field.Field is not null && !mapping.ContainsKey(field.Field))
            {
                mapping[field.Field] = i;
            }
        }

        return mapping;
    }

    public async Task<ImportResult> RunAsync(TabularFile file, IReadOnlyDictionary<string, int> mapping, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var forces = await directory.RegionForcesAsync();
        var forceByName = await db.Forces.Where(f => forces.Contains(f.Code)).ToDictionaryAsync(f => f.Name.ToLowerInvariant(), f => f.Code, ct);
        // What the region already holds, so a second import of the same file adds nothing.
        var held = await db.Set<Organisation>().AsNoTracking().Where(o => o.MergedIntoId == null)
            .Select(o => new { o.NormalisedName, o.Postcode, o.CompaniesHouseNumber }).ToListAsync(ct);
        var heldNumbers = held.Where(o => o.CompaniesHouseNumber != null).Select(o => o.CompaniesHouseNumber!).ToHashSet(StringComparer.Ordinal);
        var heldNamePostcodes = held.Select(o => (o.NormalisedName, o.Postcode ?? "")).ToHashSet();

        var errors = new List<RowError>();
        var invalid = new List<(TabularFile.Row Row, string Reasons)>();
        var pending = new List<Organisation>();
        int imported = 0, alreadyHeld = 0, done = 0;
        foreach (var row in file.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var rowErrors = new List<RowError>();
            if (row.Cells.Count != file.Headers.Count)
            {
                rowErrors.Add(new RowError(row.Number, "Row", $"Row has {row.Cells.Count} values but the header has {file.Headers.Count} columns"));
            }
            else
            {
                var details = ToDetails(row, mapping, forceByName, rowErrors);
                rowErrors.AddRange(OrganisationDirectory.Validate(details, forces)
                    .Where(e => rowErrors.All(r => r.Field != Label(e.Field)))
                    .Select(e => new RowError(row.Number, Label(e.Field), e.Message)));
                if (rowErrors.Count == 0)
                {
                    var organisation = directory.New(details);
                    var key = (organisation.NormalisedName, organisation.Postcode ?? "");
                    if ((organisation.CompaniesHouseNumber is { } number && !heldNumbers.Add(number)) || !heldNamePostcodes.Add(key))
                    {
                        alreadyHeld++;
                    }
                    else
                    {
                        pending.Add(organisation);
                    }
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                invalid.Add((row, string.Join("; ", rowErrors.Select(e => $"{e.Field}: {e.Message}"))));
            }

            done++;
            if (pending.Count >= ChunkSize)
            {
                imported += await SaveChunkAsync(pending, ct);
                progress?.Report(done);
            }
        }

        imported += await SaveChunkAsync(pending, ct);
        progress?.Report(done);
        return new ImportResult(imported, alreadyHeld, errors, invalid.Count, await InvalidRowsCsvAsync(file.Headers, invalid, ct));
    }

    private async Task<int> SaveChunkAsync(List<Organisation> pending, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        // One transaction per chunk: a chunk is saved whole or not at all.
        db.AddRange(pending);
        await db.SaveChangesAsync(ct);
        var count = pending.Count;
        foreach (var organisation in pending)
        {
            db.Entry(organisation).State = EntityState.Detached;
        }

        pending.Clear();
        return count;
    }

    private static OrganisationDetails ToDetails(TabularFile.Row row, IReadOnlyDictionary<string, int> mapping, Dictionary<string, string> forceByName, List<RowError> errors)
    {
        string? Cell(string field) => mapping.TryGetValue(field, out var i) && i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i].Trim() : null;

        var kindText = Cell("Kind");
        OrganisationKind? kind = kindText is null ? null : ParseKind(kindText);
        if (kindText is not null && kind is null)
        {
            errors.Add(new RowError(row.Number, "Kind of organisation", $"'{kindText}' is not a kind of organisation: use business, charity, education, public body, trade body, law enforcement or other"));
        }

        var sizeText = Cell("Size");
        SizeBand? size = sizeText is null ? null : ParseSize(sizeText);
        if (sizeText is not null && size is null)
        {
            errors.Add(new RowError(row.Number, "Size", $"'{sizeText}' is not a size: use micro, small, medium, large or a number of staff"));
        }

        var sectorText = Cell("Sector");
        char? sector = sectorText is { Length: > 0 } && char.IsAsciiLetter(sectorText[0]) && (sectorText.Length == 1 || !char.IsAsciiLetter(sectorText[1]))
            ? char.ToUpperInvariant(sectorText[0])
            : null;
        if (sectorText is not null && sector is null)
        {
            errors.Add(new RowError(row.Number, "Sector", $"'{sectorText}' is not a UK SIC 2007 section: use a letter from A to U"));
        }

        var force = Cell("ForceCode");
        var forceCode = force is null ? "" : forceByName.TryGetValue(force.ToLowerInvariant(), out var code) ? code : force.ToUpperInvariant();
        return new OrganisationDetails
        {
            Name = Cell("Name") ?? "",
            Kind = kind,
            Sector = sector,
            Size = size,
            ForceCode = forceCode,
            AddressLine1 = Cell("AddressLine1"),
            AddressLine2 = Cell("AddressLine2"),
            Town = Cell("Town"),
            Postcode = Cell("Postcode"),
            Website = Cell("Website"),
            CompaniesHouseNumber = Cell("CompaniesHouseNumber"),
        };
    }

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

    private static string Label(string field) => Fields.FirstOrDefault(f => f.Field == field).Label ?? field;

    private static async Task<byte[]> InvalidRowsCsvAsync(IReadOnlyList<string> headers, List<(TabularFile.Row Row, string Reasons)> invalid, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await TabularExport.WriteAsync(buffer, ExportFormat.Csv, ["Row", .. headers, "Errors"],
            invalid.Select(i => (IReadOnlyList<string?>)[i.Row.Number.ToString(CultureInfo.InvariantCulture), .. i.Row.Cells, i.Reasons]), ct);
        return buffer.ToArray();
    }
}
