using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Advisories;

public sealed record Recipient(Guid ContactId, string Name, string Email, Guid? OrganisationId, string OrganisationName);

public sealed record LeftOut(string Name, string OrganisationName, string Reason);

/// <summary>Who an advisory would reach, who is left out and why, and what the TLP marking forbids.</summary>
public sealed record AudiencePreview(IReadOnlyList<Recipient> Recipients, IReadOnlyList<LeftOut> LeftOut, IReadOnlyList<string> Refusals)
{
    public int Organisations => Recipients.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId).Distinct().Count();

    public bool MaySend => Refusals.Count == 0 && Recipients.Count > 0;
}

/// <summary>
/// The audience of an advisory: organisations matched by rule (community membership, memberships and certifications,
/// sectors, size bands, force areas) and contacts by name, within what the TLP marking allows. Every contact who may be
/// emailed is a recipient once; the others are listed with the reason.
/// </summary>
public sealed class AdvisoryAudience(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>What the marking forbids of this audience, in words; empty when it may be sent.</summary>
    public static IReadOnlyList<string> TlpRefusals(Advisory advisory)
    {
        var refusals = new List<string>();
        if (advisory.Tlp is null)
        {
            refusals.Add("Choose the TLP marking before choosing who receives the advisory");
        }
        else if (advisory.Tlp == TlpMarking.Red && advisory.HasRuleAudience)
        {
            refusals.Add("A TLP:RED advisory goes only to people named one by one: remove the rule (community, memberships, sectors, sizes, forces)");
        }

        if (!advisory.HasRuleAudience && advisory.ToContactIds.Count == 0)
        {
            refusals.Add("Choose who receives the advisory: a rule, or people by name");
        }

        return refusals;
    }

    public async Task<AudiencePreview> PreviewAsync(Advisory advisory, CancellationToken ct = default)
    {
        var today = time.UkToday();
        var contacts = new List<Contact>();
        if (advisory.HasRuleAudience && advisory.Tlp != TlpMarking.Red)
        {
            var organisations = db.Set<Organisation>().AsNoTracking();
            var kinds = advisory.ToMemberships.Select(Enum.Parse<MembershipKind>).ToList();
            if (advisory.ToCommunity)
            {
                kinds.Add(MembershipKind.InformationSharingCommunity);
            }

            if (kinds.Count > 0)
            {
                organisations = organisations.Where(o => o.Memberships.Any(m => kinds.Contains(m.Kind) && m.StartedOn <= today
                    && (m.EndedOn == null || m.EndedOn >= today) && (m.ExpiresOn == null || m.ExpiresOn >= today)));
            }

            if (advisory.ToSectors.Count > 0)
            {
                var sectors = advisory.ToSectors.Select(s => (char?)s[0]).ToList();
                organisations = organisations.Where(o => sectors.Contains(o.Sector));
            }

            if (advisory.ToSizes.Count > 0)
            {
                var sizes = advisory.ToSizes.Select(s => (SizeBand?)Enum.Parse<SizeBand>(s)).ToList();
                organisations = organisations.Where(o => sizes.Contains(o.Size));
            }

            if (advisory.ToForces.Count > 0)
            {
                organisations = organisations.Where(o => advisory.ToForces.Contains(o.ForceCode));
            }

            var ids = organisations.Select(o => o.Id);
            contacts.AddRange(await db.Set<Contact>().AsNoTracking().Include(c => c.Organisation).Where(c => c.OrganisationId != null && ids.Contains(c.OrganisationId.Value))
                .ToListAsync(ct));
        }

        var named = advisory.ToContactIds;
        contacts.AddRange(await db.Set<Contact>().AsNoTracking().Include(c => c.Organisation).Where(c => named.Contains(c.Id)).ToListAsync(ct));

        var recipients = new List<Recipient>();
        var leftOut = new List<LeftOut>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var contact in contacts.DistinctBy(c => c.Id).OrderBy(c => c.Organisation?.Name).ThenBy(c => c.FullName))
        {
            var organisationName = contact.Organisation?.Name ?? "No organisation";
            var reason = contact.OptedOut ? "opted out"
                : string.IsNullOrEmpty(contact.Email) ? "no email address"
                : !contact.AcceptsEmail ? "does not accept email"
                : contact.LawfulBasis == LawfulBasis.Consent && contact.ConsentGivenOn is null ? "no consent recorded"
                : !seen.Add(contact.Email) ? "the same email address as another recipient"
                : null;
            if (reason is null)
            {
                recipients.Add(new Recipient(contact.Id, contact.FullName, contact.Email!, contact.OrganisationId, organisationName));
            }
            else
            {
                leftOut.Add(new LeftOut(contact.FullName, organisationName, reason));
            }
        }

        return new AudiencePreview(recipients, leftOut, TlpRefusals(advisory));
    }
}
