using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Notifications;

/// <summary>
/// Notifications that follow a change, made in the same save as the change whatever code path made it (one referral
/// assigned, a hundred assigned at once, a return sent back): a referral assigned to someone tells them, a return sent
/// back to draft tells whoever started it. Nobody is told of what they did themselves.
/// </summary>
public sealed class NotificationTriggers(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Notice(DbContext? context)
    {
        if (context is not ProtectHubDbContext db)
        {
            return;
        }

        var actor = db.Scope;
        var now = time.GetUtcNow();
        var made = new List<Notification>();
        foreach (var entry in db.ChangeTracker.Entries<VictimReferral>())
        {
            var referral = entry.Entity;
            var assigned = entry.State switch
            {
                EntityState.Added => referral.AssignedToId,
                EntityState.Modified when entry.Property(r => r.AssignedToId).IsModified && entry.Property(r => r.AssignedToId).OriginalValue != referral.AssignedToId => referral.AssignedToId,
                _ => null,
            };
            if (assigned is { } officer && officer != actor.UserId)
            {
                made.Add(new Notification
                {
                    RegionCode = referral.RegionCode,
                    UserId = officer,
                    Kind = NotificationKind.ReferralAssigned,
                    CreatedAt = now,
                    Title = $"Victim referral {referral.CrimeReference} ({VictimNames.Of(referral.OffenceCategory)}) assigned to you by {actor.ActorName}; first contact due by {Time.UkFormat.ToUkDate(referral.FirstContactDueOn)}",
                    Link = $"/referrals/{referral.Id}",
                });
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<PerformanceReturn>())
        {
            var item = entry.Entity;
            if (entry.State == EntityState.Modified && item.Status == ReturnStatus.Draft && entry.Property(r => r.Status).OriginalValue != ReturnStatus.Draft
                && item.CreatedById != actor.UserId)
            {
                var reason = item.ReturnedReason ?? "";
                made.Add(new Notification
                {
                    RegionCode = item.RegionCode,
                    UserId = item.CreatedById,
                    Kind = NotificationKind.ReturnSentBack,
                    CreatedAt = now,
                    Title = $"The {(item.ForceCode is null ? "regional" : Regions.PoliceReferenceData.ForceName(item.ForceCode))} return for {item.Period.Label} was sent back to draft by {actor.ActorName}: {(reason.Length > 300 ? reason[..299] + "…" : reason)}",
                    Link = $"/performance/returns/{item.Id}",
                });
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<Engagements.Engagement>())
        {
            var engagement = entry.Entity;
            if (entry.State == EntityState.Modified && engagement.Status == Engagements.EngagementStatus.Reviewed
                && entry.Property(e => e.Status).OriginalValue != Engagements.EngagementStatus.Reviewed && engagement.LeadOfficerId != actor.UserId)
            {
                var comments = engagement.ReviewComments is { } c ? $": \"{(c.Length > 300 ? c[..299] + "…" : c)}\"" : " (no comments)";
                made.Add(new Notification
                {
                    RegionCode = engagement.RegionCode,
                    UserId = engagement.LeadOfficerId,
                    Kind = NotificationKind.EngagementReviewed,
                    CreatedAt = now,
                    Title = $"{actor.ActorName} reviewed your engagement \"{engagement.Title}\"{comments}",
                    Link = $"/engagements/{engagement.Id}",
                });
            }
        }

        if (made.Count > 0)
        {
            db.AddRange(made);
        }
    }
}
