using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Files;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Materials;

public sealed record MaterialSearch(string? Text = null, MaterialKind? Kind = null, Guid? TopicId = null, Guid? CampaignId = null, bool IncludeRetired = false, bool DueForReview = false, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>
/// What officers read: their region's materials and every region's national ones. This is the one place the materials
/// area lifts the region filter, and only for national materials; changing a material stays with its own region.
/// </summary>
public sealed class MaterialLibrary(ProtectHubDbContext db, IFileStore files, TimeProvider time, SharedFigures shared)
{
    private IQueryable<Material> Readable()
    {
        var region = db.Scope.RegionCode;
        return db.Set<Material>().IgnoreQueryFilters([QueryFilters.Region]).Where(m => m.RegionCode == region || m.IsNational);
    }

    public async Task<(IReadOnlyList<Material> Items, int Total)> SearchAsync(MaterialSearch search)
    {
        var query = Filtered(search);
        // The total is shared by the region's officers with the same filters until a material changes.
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Materials, $"material-total:{time.UkToday():yyyy-MM-dd}:{search with { Page = 1 }}",
            sp => sp.GetRequiredService<MaterialLibrary>().CountAsync(search));
        var items = await query.OrderBy(m => m.IsRetired).ThenByDescending(m => m.UpdatedAt).ThenBy(m => m.Id)
            .Skip((Math.Max(1, search.Page) - 1) * MaterialSearch.PageSize).Take(MaterialSearch.PageSize).ToListAsync();
        return (items, total);
    }

    private Task<int> CountAsync(MaterialSearch search) => Filtered(search).CountAsync();

    private IQueryable<Material> Filtered(MaterialSearch search)
    {
        var query = Readable().AsNoTracking();
        if (!search.IncludeRetired)
        {
            query = query.Where(m => !m.IsRetired);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim().ToLowerInvariant();
            query = query.Where(m => m.SearchText.Contains(text));
        }

        if (search.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        if (search.TopicId is { } topic)
        {
            query = query.Where(m => m.TopicIds.Contains(topic));
        }

        if (search.CampaignId is { } campaign)
        {
            query = query.Where(m => m.CampaignIds.Contains(campaign));
        }

        if (search.DueForReview)
        {
            var today = time.UkToday();
            var region = db.Scope.RegionCode;
            query = query.Where(m => m.RegionCode == region && m.ReviewBy <= today);
        }

        return query;
    }

    /// <summary>A material the user may read (their region's, or national), or null: the page answers 404.</summary>
    public Task<Material?> FindAsync(Guid id) => Readable().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);

    public Task<List<MaterialVersion>> VersionsAsync(Guid materialId) =>
        db.Set<MaterialVersion>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(v => v.MaterialId == materialId && Readable().Any(m => m.Id == materialId)).OrderByDescending(v => v.Number).ToListAsync();

    /// <summary>Writes a version's file to <paramref name="destination"/> and counts the download; null when the user may not read it.</summary>
    public async Task<MaterialVersion?> FindVersionAsync(Guid materialId, Guid versionId) =>
        await db.Set<MaterialVersion>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .FirstOrDefaultAsync(v => v.Id == versionId && v.MaterialId == materialId && Readable().Any(m => m.Id == materialId));

    public async Task<bool> DownloadAsync(MaterialVersion version, Stream destination, CancellationToken ct = default)
    {
        // Counted first: a download cut short still went to someone.
        await db.Set<MaterialVersion>().IgnoreQueryFilters([QueryFilters.Region]).Where(v => v.Id == version.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Downloads, v => v.Downloads + 1), ct);
        await db.Set<Material>().IgnoreQueryFilters([QueryFilters.Region]).Where(m => m.Id == version.MaterialId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Downloads, m => m.Downloads + 1), ct);
        return await files.CopyToAsync(version.FileId, destination, ct);
    }

    /// <summary>The active materials an engagement may record (its region's and national), for the picker.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, MaterialKind Kind)>> PickerAsync() =>
        (await Readable().AsNoTracking().Where(m => !m.IsRetired).OrderBy(m => m.Title).Select(m => new { m.Id, m.Title, m.Kind }).Take(2000).ToListAsync())
        .Select(m => (m.Id, m.Title, m.Kind)).ToList();

    /// <summary>Records that an engagement used a material, with the version current now.</summary>
    public async Task<IReadOnlyList<FieldError>> RecordUseAsync(Guid engagementId, Guid materialId, string byName)
    {
        var material = await Readable().AsNoTracking().FirstOrDefaultAsync(m => m.Id == materialId && !m.IsRetired);
        var engagement = await db.Set<Engagements.Engagement>().AsNoTracking().Where(e => e.Id == engagementId).Select(e => new { e.Id, e.RegionCode }).FirstOrDefaultAsync();
        if (material is null || engagement is null)
        {
            return [new("MaterialId", "Select a material from the library")];
        }

        if (await db.Set<EngagementMaterial>().AnyAsync(u => u.EngagementId == engagementId && u.MaterialId == materialId))
        {
            return [new("MaterialId", "That material is already recorded for this engagement")];
        }

        db.Add(new EngagementMaterial
        {
            RegionCode = engagement.RegionCode,
            EngagementId = engagementId,
            MaterialId = materialId,
            VersionId = material.CurrentVersionId,
            RecordedAt = time.GetUtcNow(),
            RecordedByName = byName,
        });
        await db.SaveChangesAsync();
        return [];
    }

    public sealed record Use(Guid MaterialId, string Title, MaterialKind Kind, int? VersionNumber);

    public async Task<IReadOnlyList<Use>> UsedByAsync(Guid engagementId)
    {
        var uses = await db.Set<EngagementMaterial>().AsNoTracking().Where(u => u.EngagementId == engagementId).ToListAsync();
        var materialIds = uses.Select(u => u.MaterialId).ToList();
        var versionIds = uses.Where(u => u.VersionId != null).Select(u => u.VersionId!.Value).ToList();
        var titles = await db.Set<Material>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(m => materialIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Title, m.Kind }).ToDictionaryAsync(m => m.Id);
        var numbers = await db.Set<MaterialVersion>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.Number);
        return uses.Where(u => titles.ContainsKey(u.MaterialId))
            .Select(u => new Use(u.MaterialId, titles[u.MaterialId].Title, titles[u.MaterialId].Kind, u.VersionId is { } v && numbers.TryGetValue(v, out var n) ? n : null))
            .OrderBy(u => u.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>How many engagements (of any region) used the material.</summary>
    public Task<int> EngagementCountAsync(Guid materialId) =>
        db.Set<EngagementMaterial>().IgnoreQueryFilters([QueryFilters.Region]).CountAsync(u => u.MaterialId == materialId);

    /// <summary>The user's own materials past their review-by date, for their home page.</summary>
    public Task<List<Material>> DueForReviewForAsync(Guid ownerId)
    {
        var today = time.UkToday();
        return db.Set<Material>().AsNoTracking().Where(m => m.OwnerId == ownerId && !m.IsRetired && m.ReviewBy <= today).OrderBy(m => m.ReviewBy).Take(20).ToListAsync();
    }
}
