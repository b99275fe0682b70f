using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

public sealed record AdvisoryRow(Guid Id, string Reference, int Edition, string Title, AdvisorySeverity Severity, TlpMarking? Tlp, AdvisoryStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt);

/// <summary>The region's advisories (current editions, newest first), and TLP:CLEAR ones for the public page and feed.</summary>
public sealed class AdvisoryList(ProtectHubDbContext db)
{
    public Task<List<AdvisoryRow>> OfRegionAsync(AdvisoryStatus? status = null, int take = 200)
    {
        var query = db.Set<Advisory>().AsNoTracking().Where(a => a.SupersededById == null);
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        return query.OrderByDescending(a => a.CreatedAt).Take(take)
            .Select(a => new AdvisoryRow(a.Id, a.Reference, a.Edition, a.Title, a.Severity, a.Tlp, a.Status, a.CreatedAt, a.IssuedAt)).ToListAsync();
    }

    /// <summary>
    /// Issued TLP:CLEAR advisories of every region, current editions, newest first: what anyone may read on the public
    /// page and its Atom feed. Nothing else is ever public.
    /// </summary>
    public Task<List<Advisory>> PublicAsync(int take = 50) =>
        db.Set<Advisory>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(a => a.Tlp == TlpMarking.Clear && a.Status == AdvisoryStatus.Issued && a.SupersededById == null)
            .OrderByDescending(a => a.IssuedAt).Take(take).ToListAsync();

    public Task<Advisory?> PublicOneAsync(Guid id) =>
        db.Set<Advisory>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && a.Tlp == TlpMarking.Clear && a.Status == AdvisoryStatus.Issued);

    public Task<List<AdvisoryIndicator>> PublicIndicatorsAsync(Guid id) =>
        db.Set<AdvisoryIndicator>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(i => i.AdvisoryId == id).OrderBy(i => i.Id).ToListAsync();
}
