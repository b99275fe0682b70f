using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Notifications;

/// <summary>A person's own notifications and email choices: never anyone else's.</summary>
public sealed class NotificationInbox(ProtectHubDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    private (Guid UserId, int Count)? known;

    /// <summary>
    /// Tells the inbox the person's unread count as of the start of this request, read with the session check in the
    /// same query, so that the page header need not count again. Forgotten when this inbox marks anything read.
    /// </summary>
    public void Know(Guid userId, int unread) => known = (userId, unread);

    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken ct = default) =>
        known is { } k && k.UserId == userId ? k.Count : await db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>Newest first, a page at a time, with the total.</summary>
    public async Task<(IReadOnlyList<Notification> Items, int Total)> ListAsync(Guid userId, int page, CancellationToken ct = default)
    {
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(ct);
        var skip = (Paging.ClampPage(page, PageSize) - 1) * PageSize;
        return (await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skip).Take(PageSize).ToListAsync(ct), total);
    }

    /// <summary>Marks the person's notification read and gives where it leads; null when it is not theirs (or does not exist).</summary>
    public async Task<string?> OpenAsync(Guid userId, Guid id, CancellationToken ct = default)
    {
        var item = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (item is null)
        {
            return null;
        }

        if (item.ReadAt is null)
        {
            known = null;
            item.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return item.Link;
    }

    public Task<int> MarkAllReadAsync(Guid userId, CancellationToken ct = default)
    {
        known = null;
        var now = time.GetUtcNow();
        return db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<NotificationPreference> PreferenceAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<NotificationPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct) ?? new NotificationPreference { UserId = userId };

    public async Task SavePreferenceAsync(Guid userId, IReadOnlyCollection<NotificationKind> emailed, bool dailyDigest, CancellationToken ct = default)
    {
        var preference = await db.Set<NotificationPreference>().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = userId };
            db.Add(preference);
        }

        preference.NotEmailed = Enum.GetValues<NotificationKind>().Where(k => !emailed.Contains(k)).ToList();
        preference.DailyDigest = dailyDigest;
        await db.SaveChangesAsync(ct);
    }
}
