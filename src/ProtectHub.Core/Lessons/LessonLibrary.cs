using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Core.Lessons;

public sealed record LibrarySearch
{
    /// <summary>Words of the title, operation, offence, weakness, prevention or advice.</summary>
    public string? Text { get; init; }
    public ThreatCategory? AttackType { get; init; }

    /// <summary>An ATT&amp;CK technique id: lessons naming it or one of its sub-techniques.</summary>
    public string? Technique { get; init; }
    public Guid? TopicId { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record LibraryRow(Guid Id, string Reference, string RegionCode, string Title, ThreatCategory AttackType, Sharing.TlpMarking Tlp, DateTimeOffset? PublishedAt);

/// <summary>
/// The national library of published lessons: the one deliberate cross-region read in ProtectHub. Every region's
/// officers search and read published lessons (which hold no personal data); only the owning region changes them.
/// </summary>
public sealed class LessonLibrary(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>Published lessons of every region, by name: the region filter is lifted here and nowhere else in this area.</summary>
    private IQueryable<Lesson> Published => db.Set<Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(l => l.Status == LessonStatus.Published);

    public async Task<(IReadOnlyList<LibraryRow> Items, int Total)> SearchAsync(LibrarySearch search)
    {
        var query = Published;
        if (search.AttackType is { } type)
        {
            query = query.Where(l => l.AttackType == type);
        }

        if (!string.IsNullOrWhiteSpace(search.Technique))
        {
            var technique = search.Technique.Trim().ToUpperInvariant();
            var sub = technique + ".";
            query = query.Where(l => l.TechniqueIds.Any(t => t == technique || t.StartsWith(sub)));
        }

        if (search.TopicId is { } topic)
        {
            query = query.Where(l => l.TopicIds.Contains(topic));
        }

        foreach (var word in (search.Text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6))
        {
            query = query.Where(l => l.SearchText.Contains(word));
        }

        var total = await query.CountUpToLimitAsync();
        var rows = await query.OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id)
            .Skip((Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize).Take(search.PageSize)
            .Select(l => new LibraryRow(l.Id, l.Reference, l.RegionCode, l.Title, l.AttackType, l.Tlp, l.PublishedAt)).ToListAsync();
        return (rows, total);
    }

    /// <summary>A published lesson of any region, or the acting region's own lesson whatever its status; else null (404).</summary>
    public async Task<Lesson?> ReadAsync(Guid id)
    {
        var region = db.Scope.RegionCode;
        return await db.Set<Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .FirstOrDefaultAsync(l => l.Id == id && (l.Status == LessonStatus.Published || l.RegionCode == region));
    }

    public sealed record Use(int Engagements, int Regions, int Advisories = 0, int Materials = 0);

    /// <summary>
    /// How many engagements, in how many regions, used the lesson, and how many issued advisories named it: counts
    /// across regions, never the engagements or advisories themselves.
    /// </summary>
    public async Task<Use> UseOfAsync(Guid lessonId)
    {
        // One query of four counts: the lesson page is the library's most read, and each round trip costs most under load.
        var uses = db.Set<LessonUse>().IgnoreQueryFilters([QueryFilters.Region]).Where(u => u.LessonId == lessonId);
        var advisories = db.Set<Advisories.Advisory>().IgnoreQueryFilters([QueryFilters.Region]);
        var materials = db.Set<Materials.Material>().IgnoreQueryFilters([QueryFilters.Region]);
        var counts = await db.Set<Lesson>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(l => l.Id == lessonId)
            .Select(l => new
            {
                Engagements = uses.Count(),
                Regions = uses.Select(u => u.RegionCode).Distinct().Count(),
                Advisories = advisories.Count(a => a.LessonIds.Contains(lessonId) && a.Status == Advisories.AdvisoryStatus.Issued),
                Materials = materials.Count(m => m.LessonIds.Contains(lessonId) && !m.IsRetired),
            }).FirstOrDefaultAsync();
        return counts is null ? new Use(0, 0) : new Use(counts.Engagements, counts.Regions, counts.Advisories, counts.Materials);
    }

    /// <summary>The acting region's engagements that used the lesson.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)>> OurUsesAsync(Guid lessonId)
    {
        var engagementIds = db.Set<LessonUse>().Where(u => u.LessonId == lessonId).Select(u => u.EngagementId);
        return (await db.Set<Engagement>().AsNoTracking().Where(e => engagementIds.Contains(e.Id)).OrderByDescending(e => e.StartsAt)
            .Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync()).Select(e => (e.Id, e.Title, e.StartsAt)).ToList();
    }

    /// <summary>The acting region's materials made from the lesson.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> OurMaterialsAsync(Guid lessonId) =>
        (await db.Set<Materials.Material>().AsNoTracking().Where(m => m.LessonIds.Contains(lessonId)).OrderBy(m => m.Title)
            .Select(m => new { m.Id, m.Title }).ToListAsync()).Select(m => (m.Id, m.Title)).ToList();

    /// <summary>The acting region's materials (not retired) that can be recorded as made from a lesson: the latest 300.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> MaterialChoicesAsync() =>
        (await db.Set<Materials.Material>().AsNoTracking().Where(m => !m.IsRetired).OrderByDescending(m => m.CreatedAt).Take(300)
            .Select(m => new { m.Id, m.Title }).ToListAsync()).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).Select(m => (m.Id, m.Title)).ToList();

    /// <summary>Records that one of the acting region's materials was made from a published lesson (of any region).</summary>
    public async Task<string?> RecordMaterialAsync(Guid lessonId, Guid? materialId)
    {
        if (!await Published.AnyAsync(l => l.Id == lessonId))
        {
            return "Only a published lesson can be recorded as the source of a material";
        }

        var material = materialId is { } id ? await db.Set<Materials.Material>().FirstOrDefaultAsync(m => m.Id == id && !m.IsRetired) : null;
        if (material is null)
        {
            return "Select one of your region's materials";
        }

        if (material.LessonIds.Contains(lessonId))
        {
            return "That material is already recorded as made from this lesson";
        }

        material.LessonIds = [.. material.LessonIds, lessonId];
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>The published lessons a material was made from, by title (any region's, as the library shows them).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> LessonsOfAsync(IReadOnlyCollection<Guid> lessonIds) =>
        lessonIds.Count == 0 ? [] : (await Published.Where(l => lessonIds.Contains(l.Id)).OrderBy(l => l.Title).Select(l => new { l.Id, l.Title }).ToListAsync())
            .Select(l => (l.Id, l.Title)).ToList();

    /// <summary>The acting region's engagements a use can be recorded against: the latest 200.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)>> EngagementChoicesAsync() =>
        (await db.Set<Engagement>().AsNoTracking().Where(e => e.Status != EngagementStatus.Cancelled).OrderByDescending(e => e.StartsAt).Take(200)
            .Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync()).Select(e => (e.Id, e.Title, e.StartsAt)).ToList();

    /// <summary>Records that one of the acting region's engagements used a published lesson (of any region).</summary>
    public async Task<string?> RecordUseAsync(Guid lessonId, Guid? engagementId, string byName)
    {
        if (!await Published.AnyAsync(l => l.Id == lessonId))
        {
            return "Only a published lesson can be recorded as used";
        }

        var engagement = engagementId is { } id ? await db.Set<Engagement>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id) : null;
        if (engagement is null)
        {
            return "Select one of your region's engagements";
        }

        if (await db.Set<LessonUse>().AnyAsync(u => u.LessonId == lessonId && u.EngagementId == engagement.Id))
        {
            return "That engagement is already recorded as using this lesson";
        }

        db.Add(new LessonUse { LessonId = lessonId, RegionCode = engagement.RegionCode, EngagementId = engagement.Id, RecordedAt = time.GetUtcNow(), RecordedByName = byName });
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>The topics published lessons' advice belongs to: the effectiveness review's "topics from lessons".</summary>
    public async Task<IReadOnlySet<Guid>> TopicsFromLessonsAsync()
    {
        var topics = await Published.SelectMany(l => l.TopicIds).Distinct().ToListAsync();
        return topics.ToHashSet();
    }

    /// <summary>The acting region's own lessons, whatever their status, newest first.</summary>
    public Task<List<Lesson>> OursAsync() =>
        db.Set<Lesson>().AsNoTracking().OrderByDescending(l => l.CreatedAt).Take(200).ToListAsync();
}
