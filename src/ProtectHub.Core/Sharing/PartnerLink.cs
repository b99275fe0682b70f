using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Sharing;

/// <summary>
/// What a partner's secure link opens: the intelligence submission form, the request-for-assistance form, or (a key
/// rather than a link) the TAXII server's advisories for the partner's threat-sharing platform.
/// </summary>
public enum PartnerLinkPurpose
{
    Intelligence,
    Requests,
    Taxii,
}

/// <summary>
/// A partner organisation's secure link to one of the region's public forms, used without an account. Only the token's
/// SHA-256 is kept: the link is shown once when made, and a leaked database does not leak working links.
/// </summary>
public sealed class PartnerLink : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public PartnerLinkPurpose Purpose { get; set; }
    public Guid OrganisationId { get; set; }
    public string OrganisationName { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedByName { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>How many times the form behind it was sent.</summary>
    public int Submissions { get; set; }
}

/// <summary>Partner links of one purpose: made (the token returned once), listed, revoked, found by token, and counted on use.</summary>
public sealed class PartnerLinks(ProtectHubDbContext db, TimeProvider time)
{
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<(PartnerLink? Link, string? Token, string? Error)> CreateAsync(PartnerLinkPurpose purpose, Guid organisationId, string byName)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId);
        if (organisation is null)
        {
            return (null, null, "Select one of your region's partner organisations");
        }

        var token = PublicToken.New(32);
        var link = new PartnerLink
        {
            RegionCode = organisation.RegionCode,
            Purpose = purpose,
            OrganisationId = organisation.Id,
            OrganisationName = organisation.Name,
            TokenHash = HashOf(token),
            CreatedAt = time.GetUtcNow(),
            CreatedByName = byName,
        };
        db.Add(link);
        db.Audit(Audit.AuditAction.AdministrativeChange, "PartnerLink", link.Id.ToString(), link.RegionCode, $"{purpose} link (or key) made for {organisation.Name}");
        await db.SaveChangesAsync();
        return (link, token, null);
    }

    public Task<List<PartnerLink>> ListAsync(PartnerLinkPurpose purpose) =>
        db.Set<PartnerLink>().AsNoTracking().Where(l => l.Purpose == purpose)
            .OrderBy(l => l.RevokedAt != null).ThenByDescending(l => l.CreatedAt).ToListAsync();

    public async Task<bool> RevokeAsync(PartnerLinkPurpose purpose, Guid linkId, string byName)
    {
        var link = await db.Set<PartnerLink>().FirstOrDefaultAsync(l => l.Id == linkId && l.Purpose == purpose && l.RevokedAt == null);
        if (link is null)
        {
            return false;
        }

        link.RevokedAt = time.GetUtcNow();
        link.RevokedByName = byName;
        db.Audit(Audit.AuditAction.AdministrativeChange, "PartnerLink", link.Id.ToString(), link.RegionCode, $"{purpose} link (or key) of {link.OrganisationName} revoked");
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>
    /// The live link of a token for this purpose, or null (unknown, revoked or another form's link: the form answers 404
    /// whichever). The public forms have no region of their own, so the look-up is across regions, by the token's hash only.
    /// </summary>
    public Task<PartnerLink?> FindAsync(PartnerLinkPurpose purpose, string token) =>
        string.IsNullOrEmpty(token) || token.Length > 64 ? Task.FromResult<PartnerLink?>(null)
            : db.Set<PartnerLink>().IgnoreQueryFilters([QueryFilters.Region])
                .FirstOrDefaultAsync(l => l.TokenHash == HashOf(token) && l.Purpose == purpose && l.RevokedAt == null);

    /// <summary>Counts a use of the link, in the caller's unit of work (saved with what the form made).</summary>
    public async Task CountUseAsync(PartnerLink link)
    {
        var tracked = await db.Set<PartnerLink>().IgnoreQueryFilters([QueryFilters.Region]).FirstAsync(l => l.Id == link.Id);
        tracked.Submissions++;
        tracked.LastUsedAt = time.GetUtcNow();
    }
}

internal sealed class PartnerLinkConfiguration : IEntityTypeConfiguration<PartnerLink>
{
    public void Configure(EntityTypeBuilder<PartnerLink> builder)
    {
        builder.ToTable("partner_links");
        builder.Property(l => l.RegionCode).HasMaxLength(8);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.OrganisationName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.RevokedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.RegionCode, l.Purpose, l.OrganisationId });
    }
}
