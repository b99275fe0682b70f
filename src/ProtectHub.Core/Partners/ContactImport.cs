using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Imports contacts into the acting user's region, linked to the region's organisations by name. A row is already held
/// when the region has a contact with the same email address, or (without one) the same name at the same organisation.
/// Every contact created writes its own audit entry, as when an officer adds one by hand.
/// </summary>
public sealed class ContactImport(ProtectHubDbContext db, ContactDirectory directory, TimeProvider time, Data.Providers.IBulkWriter writer) : RecordImport<Contact>(db, writer)
{
    private Dictionary<string, Guid?> _organisationByName = [];
    private HashSet<string> _heldEmails = [];
    private HashSet<(string, Guid?)> _heldNames = [];
    private DateOnly _today;

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("FullName", "Full name", true, ["name", "fullname", "contactname", "contact", "person"]),
        new("JobRole", "Job role", false, ["jobrole", "role", "jobtitle", "title", "position"]),
        new("Email", "Email address", false, ["email", "emailaddress", "mail"]),
        new("Phone", "Telephone", false, ["phone", "telephone", "tel", "phonenumber", "mobile", "telephonenumber"]),
        new("Organisation", "Organisation", false, ["organisation", "organisationname", "organization", "company", "companyname", "employer"]),
        new("LawfulBasis", "Lawful basis", true, ["lawfulbasis", "basis", "legalbasis", "gdprbasis"]),
        new("ConsentGivenOn", "Date consent was given", false, ["consentdate", "consentgivenon", "dateofconsent", "consentgiven", "consentedon"]),
        new("ConsentMethod", "How consent was given", false, ["consentmethod", "howconsentwasgiven", "consenthow", "consentsource"]),
        new("AcceptsEmail", "Email allowed", false, ["acceptsemail", "emailallowed", "emailok", "contactbyemail", "emailoptin"]),
        new("AcceptsPhone", "Telephone allowed", false, ["acceptsphone", "phoneallowed", "phoneok", "contactbyphone"]),
        new("AcceptsPost", "Post allowed", false, ["acceptspost", "postallowed", "postok", "contactbypost"]),
    ];

    public override string Kind => "contacts";

    public override IReadOnlyList<ImportField> Fields => AllFields;

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        _today = time.UkToday();
        // Two organisations of the same name make the name ambiguous: null marks it, and such rows are refused.
        var organisations = await Db.Set<Organisation>().AsNoTracking()
            .Select(o => new { o.Id, o.NormalisedName }).ToListAsync(ct);
        _organisationByName = organisations.GroupBy(o => o.NormalisedName)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First().Id : (Guid?)null, StringComparer.Ordinal);
        var held = await Db.Set<Contact>().AsNoTracking()
            .Select(c => new { c.NormalisedEmail, c.FullName, c.OrganisationId }).ToListAsync(ct);
        _heldEmails = held.Where(c => c.NormalisedEmail != null).Select(c => c.NormalisedEmail!).ToHashSet(StringComparer.Ordinal);
        _heldNames = held.Where(c => c.NormalisedEmail == null).Select(c => (c.FullName.ToLowerInvariant(), c.OrganisationId)).ToHashSet();
    }

    protected override Contact? Parse(ImportRow row)
    {
        Guid? organisationId = null;
        if (row.Cell("Organisation") is { } organisationName)
        {
            if (!_organisationByName.TryGetValue(OrganisationDirectory.NormaliseName(organisationName), out organisationId))
            {
                row.Error("Organisation", $"No organisation called '{organisationName}' in your region: add or import it first, or leave the cell blank");
            }
            else if (organisationId is null)
            {
                row.Error("Organisation", $"More than one organisation is called '{organisationName}': add this contact by hand to choose the right one");
            }
        }

        var basisText = row.Cell("LawfulBasis");
        LawfulBasis? basis = basisText is null ? null : ParseBasis(basisText);
        if (basisText is not null && basis is null)
        {
            row.Error("LawfulBasis", $"'{basisText}' is not a lawful basis: use consent, legitimate interests, public task or law enforcement");
        }

        var details = new ContactDetails
        {
            FullName = row.Cell("FullName") ?? "",
            JobRole = row.Cell("JobRole"),
            Email = row.Cell("Email"),
            Phone = row.Cell("Phone"),
            OrganisationId = organisationId,
            LawfulBasis = basis,
            ConsentGivenOn = row.Date("ConsentGivenOn"),
            ConsentMethod = row.Cell("ConsentMethod"),
            AcceptsEmail = row.YesNo("AcceptsEmail"),
            AcceptsPhone = row.YesNo("AcceptsPhone"),
            AcceptsPost = row.YesNo("AcceptsPost"),
        };
        row.AddErrors(ContactDirectory.Validate(details, _today));
        foreach (var field in new[] { ("JobRole", TextLimits.Line), ("ConsentMethod", 500) })
        {
            if (row.Cell(field.Item1)?.Length > field.Item2)
            {
                row.Error(field.Item1, $"Must be {field.Item2} characters or fewer");
            }
        }

        return row.Errors.Count == 0 ? directory.New(details) : null;
    }

    protected override bool Remember(Contact contact) =>
        contact.NormalisedEmail is { } email ? _heldEmails.Add(email) : _heldNames.Add((contact.FullName.ToLowerInvariant(), contact.OrganisationId));

    private static LawfulBasis? ParseBasis(string text)
    {
        var key = new string(text.ToLowerInvariant().Where(char.IsLetter).ToArray());
        return Enum.TryParse<LawfulBasis>(key, ignoreCase: true, out var basis) ? basis : key switch
        {
            "consented" or "optin" or "optedin" => LawfulBasis.Consent,
            "legitimateinterest" or "li" => LawfulBasis.LegitimateInterests,
            "publictaskorofficialauthority" or "officialauthority" => LawfulBasis.PublicTask,
            "lawenforcementpurposes" or "dpapart" => LawfulBasis.LawEnforcement,
            _ => null,
        };
    }
}
