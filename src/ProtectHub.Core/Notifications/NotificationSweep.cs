using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Notifications;

/// <summary>
/// Notifications of what falls due: first contact with a victim due tomorrow (to the officer it is assigned to) and a
/// follow-up action due today (to its owner). Run as the system across regions; each is made once (its key holds the
/// record and the due day), so the sweep may run as often as wanted and a due date moved later is told again.
/// </summary>
public sealed class NotificationSweep(ProtectHubDbContext db, TimeProvider time)
{
    private const int MostAtOnce = 5000;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = time.UkToday();
        var tomorrow = today.AddDays(1);
        var now = time.GetUtcNow();
        var due = await db.Set<VictimReferral>().AsNoTracking()
            .Where(r => r.FirstContactDueOn == tomorrow && r.FirstContactAt == null && r.Status != ReferralStatus.Closed && r.AssignedToId != null)
            .OrderBy(r => r.Id).Take(MostAtOnce)
            .Select(r => new { r.Id, r.RegionCode, Officer = r.AssignedToId!.Value, r.CrimeReference, r.OffenceCategory }).ToListAsync(ct);
        var actions = await db.Set<FollowUpAction>().AsNoTracking()
            .Where(a => a.DueOn == today && a.CompletedAt == null)
            .OrderBy(a => a.Id).Take(MostAtOnce)
            .Select(a => new { a.Id, a.RegionCode, a.OwnerId, a.Description, a.EngagementId }).ToListAsync(ct);

        var candidates = due.Select(r => new Notification
        {
            RegionCode = r.RegionCode,
            UserId = r.Officer,
            Kind = NotificationKind.FirstContactDueTomorrow,
            CreatedAt = now,
            Key = $"first-contact:{r.Id:N}:{tomorrow:yyyy-MM-dd}",
            Title = $"First contact due tomorrow ({tomorrow.ToUkDate()}) for victim referral {r.CrimeReference} ({VictimNames.Of(r.OffenceCategory)})",
            Link = $"/referrals/{r.Id}",
        }).Concat(actions.Select(a => new Notification
        {
            RegionCode = a.RegionCode,
            UserId = a.OwnerId,
            Kind = NotificationKind.FollowUpActionDue,
            CreatedAt = now,
            Key = $"action-due:{a.Id:N}:{today:yyyy-MM-dd}",
            Title = $"Follow-up action due today: {(a.Description.Length > 200 ? a.Description[..199] + "…" : a.Description)}",
            Link = $"/engagements/{a.EngagementId}",
        })).ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var made = new List<Notification>();
        foreach (var chunk in candidates.Chunk(500))
        {
            var keys = chunk.Select(c => c.Key!).ToList();
            var existing = (await db.Set<Notification>().AsNoTracking().Where(n => n.Key != null && keys.Contains(n.Key)).Select(n => new { n.UserId, n.Key }).ToListAsync(ct))
                .Select(n => (n.UserId, n.Key)).ToHashSet();
            made.AddRange(chunk.Where(c => !existing.Contains((c.UserId, c.Key))));
        }

        db.AddRange(made);
        await db.SaveChangesAsync(ct);
        return made.Count;
    }
}
