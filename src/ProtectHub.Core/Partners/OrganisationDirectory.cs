using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Organisations of the user's region: validation, duplicate warnings, creating and changing them, memberships,
/// partnerships and merging. Finding them is <see cref="OrganisationList"/>; what happened with one is
/// <see cref="OrganisationTimeline"/>. Region scoping comes from the DbContext's query filter; new records take the
/// acting user's region.
/// </summary>
public sealed partial class OrganisationDirectory(ProtectHubDbContext db, TimeProvider time)
{
    public sealed record Duplicate(Organisation Organisation, string Reason);

    [GeneratedRegex(@"\b(ltd|limited|plc|llp|cic|the|and|co|company|uk)\b|[^a-z0-9 ]")]
    private static partial Regex NoiseWords();

    /// <summary>"The Acme Co. Ltd" and "ACME company limited" both become "acme".</summary>
    public static string NormaliseName(string name) =>
        string.Join(' ', NoiseWords().Replace(name.ToLowerInvariant().Replace("&", " ", StringComparison.Ordinal), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public Task<Organisation?> FindAsync(Guid id) =>
        db.Set<Organisation>().Include(o => o.Memberships).FirstOrDefaultAsync(o => o.Id == id);

    public async Task<List<FieldError>> ValidateAsync(OrganisationDetails details) =>
        Validate(details, await RegionForcesAsync());

    /// <summary>The force codes of the acting user's region, for validating many rows without a query each.</summary>
    public Task<IReadOnlySet<string>> RegionForcesAsync() =>
        Task.FromResult<IReadOnlySet<string>>(Regions.PoliceReferenceData.ForcesOf(db.Scope.RegionCode).Select(f => f.Code).ToHashSet(StringComparer.Ordinal));

    public static List<FieldError> Validate(OrganisationDetails details, IReadOnlySet<string> regionForces)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            errors.Add(new("Name", "Enter the organisation's name"));
        }
        else if (details.Name.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Name", TextLimits.TooLong("Name", TextLimits.Line)));
        }

        if (details.Kind is null)
        {
            errors.Add(new("Kind", "Select what kind of organisation it is"));
        }

        if (details.Sector is { } sector && !PartnerNames.SicSections.ContainsKey(sector))
        {
            errors.Add(new("Sector", "Select a sector from the list"));
        }

        if (details.Kind == OrganisationKind.Business && details.Size is null)
        {
            errors.Add(new("Size", "Select the size of the business"));
        }

        if (string.IsNullOrWhiteSpace(details.ForceCode))
        {
            errors.Add(new("ForceCode", "Select the force area"));
        }
        else if (!regionForces.Contains(details.ForceCode))
        {
            errors.Add(new("ForceCode", "Select a force area in your region"));
        }

        if (!string.IsNullOrWhiteSpace(details.Postcode) && UkPostcode.Normalise(details.Postcode) is null)
        {
            errors.Add(new("Postcode", "Enter a real UK postcode, like LE1 6ZG"));
        }

        if (!string.IsNullOrWhiteSpace(details.Website)
            && (!Uri.TryCreate(WithScheme(details.Website), UriKind.Absolute, out var site) || site.Host.IndexOf('.', StringComparison.Ordinal) < 1))
        {
            errors.Add(new("Website", "Enter a website address in the correct format, like www.example.co.uk"));
        }

        if (!string.IsNullOrWhiteSpace(details.CompaniesHouseNumber) && CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber) is null)
        {
            errors.Add(new("CompaniesHouseNumber", "Enter a Companies House number in the correct format, like 01234567 or SC123456"));
        }

        foreach (var (field, value, max) in new[] { ("AddressLine1", details.AddressLine1, TextLimits.Line), ("AddressLine2", details.AddressLine2, TextLimits.Line), ("Town", details.Town, TextLimits.Town) })
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(new(field, $"{(field == "Town" ? "Town or city" : "Address line")} must be {max} characters or fewer"));
            }
        }

        return errors;
    }

    /// <summary>Existing organisations of the region that look like the one described, each with why.</summary>
    public async Task<IReadOnlyList<Duplicate>> FindDuplicatesAsync(OrganisationDetails details, Guid? except = null)
    {
        var name = NormaliseName(details.Name ?? "");
        var postcode = UkPostcode.Normalise(details.Postcode);
        var number = CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber);
        var candidates = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Id != except)
            .Where(o => (name != "" && o.NormalisedName == name) || (postcode != null && o.Postcode == postcode) || (number != null && o.CompaniesHouseNumber == number))
            .Take(20).ToListAsync();
        var firstWord = name.Split(' ').FirstOrDefault() ?? "";
        return candidates.Select(o => new Duplicate(o,
                number is not null && o.CompaniesHouseNumber == number ? "same Companies House number"
                : name != "" && o.NormalisedName == name ? "same name"
                : firstWord.Length > 0 && o.NormalisedName.Split(' ')[0] == firstWord ? "similar name at the same postcode"
                : ""))
            .Where(d => d.Reason != "")
            .ToList();
    }

    public async Task<Organisation> CreateAsync(OrganisationDetails details)
    {
        var organisation = New(details);
        db.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>A new organisation of the acting user's region, not yet saved.</summary>
    public Organisation New(OrganisationDetails details)
    {
        var organisation = new Organisation { RegionCode = db.Scope.RegionCode, CreatedAt = time.GetUtcNow(), CreatedBy = db.Scope.UserId };
        Apply(organisation, details);
        return organisation;
    }

    public async Task UpdateAsync(Organisation organisation, OrganisationDetails details)
    {
        Apply(organisation, details);
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<FieldError>> AddMembershipAsync(Organisation organisation, MembershipKind? kind, DateOnly? startedOn, DateOnly? expiresOn)
    {
        var errors = new List<FieldError>();
        if (kind is null)
        {
            errors.Add(new("Kind", "Select the membership or certification"));
        }

        if (startedOn is null)
        {
            errors.Add(new("StartedOn", "Enter the date it started"));
        }

        var certification = kind is MembershipKind.CyberEssentials or MembershipKind.CyberEssentialsPlus;
        if (certification && expiresOn is null)
        {
            errors.Add(new("ExpiresOn", "Enter the date the certificate expires"));
        }
        else if (expiresOn is not null && startedOn is not null && expiresOn < startedOn)
        {
            errors.Add(new("ExpiresOn", "Expiry date must be after the start date"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Added to the context explicitly: a new entity whose key is already set (GUID v7) would otherwise be taken for
        // an existing row when found through the navigation.
        db.Add(new Membership
        {
            OrganisationId = organisation.Id,
            Kind = kind!.Value,
            StartedOn = startedOn!.Value,
            ExpiresOn = expiresOn,
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> AddPartnershipAsync(Organisation organisation, PartnershipKind? kind, DateOnly? startsOn,
        DateOnly? reviewOn, Guid? leadOfficerId, string? notes)
    {
        var errors = new List<FieldError>();
        if (kind is null)
        {
            errors.Add(new("Kind", "Select the kind of partnership"));
        }

        if (startsOn is null)
        {
            errors.Add(new("StartsOn", "Enter the date the partnership started"));
        }

        if (reviewOn is not null && startsOn is not null && reviewOn <= startsOn)
        {
            errors.Add(new("ReviewOn", "Review date must be after the start date"));
        }

        // The lead must be an active officer of the same region: the region filter hides everyone else.
        var lead = leadOfficerId is { } id ? await db.Users.FirstOrDefaultAsync(u => u.Id == id && !u.IsDisabled && u.RegionCode == organisation.RegionCode) : null;
        if (lead is null)
        {
            errors.Add(new("LeadOfficerId", "Select the lead officer"));
        }

        if (notes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Add(new Partnership
        {
            OrganisationId = organisation.Id,
            Kind = kind!.Value,
            StartsOn = startsOn!.Value,
            ReviewOn = reviewOn,
            LeadOfficerId = lead!.Id,
            LeadOfficerName = lead.DisplayName,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return errors;
    }


    /// <summary>
    /// Folds a duplicate into the record to keep: its contacts, memberships and notes move across, and the duplicate
    /// stays in the database (hidden, pointing at the kept record) so nothing of its history is lost.
    /// </summary>
    public async Task MergeAsync(Organisation keep, Organisation duplicate, string reason)
    {
        if (keep.Id == duplicate.Id)
        {
            throw new InvalidOperationException("An organisation cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Set<Contact>().IncludingMerged().Where(c => c.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.OrganisationId, keep.Id));
        // Past the change tracker: the contact lists' shared totals (per organisation) must hear of it.
        await ChangeCounting.BumpAsync(db, ChangeCounter.Contacts);
        await db.Set<Membership>().Where(m => m.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganisationId, keep.Id));
        await db.Set<OrganisationNote>().Where(n => n.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.OrganisationId, keep.Id));
        await db.Set<Partnership>().Where(p => p.OrganisationId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.OrganisationId, keep.Id));
        duplicate.MergedIntoId = keep.Id;
        db.Audit(AuditAction.Combined, "Organisation", keep.Id.ToString(), keep.RegionCode, $"Merged organisation {duplicate.Id} into this record", reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static void Apply(Organisation organisation, OrganisationDetails details)
    {
        organisation.Name = details.Name.Trim();
        organisation.NormalisedName = NormaliseName(details.Name);
        organisation.Kind = details.Kind ?? OrganisationKind.Other;
        organisation.Sector = details.Sector;
        organisation.Size = details.Size;
        organisation.ForceCode = details.ForceCode;
        organisation.AddressLine1 = Clean(details.AddressLine1);
        organisation.AddressLine2 = Clean(details.AddressLine2);
        organisation.Town = Clean(details.Town);
        organisation.Postcode = UkPostcode.Normalise(details.Postcode);
        organisation.Website = string.IsNullOrWhiteSpace(details.Website) ? null : WithScheme(details.Website);
        organisation.CompaniesHouseNumber = CompaniesHouseNumber.Normalise(details.CompaniesHouseNumber);
    }

    private static string WithScheme(string website)
    {
        var trimmed = website.Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : "https://" + trimmed;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
