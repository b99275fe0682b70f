using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Data;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Materials;

/// <summary>
/// Reminds each owner, by email, of their materials whose review-by date has passed: one message per owner, once per
/// review date (a new date after review means a new reminder later). Owners also see them on their home page.
/// </summary>
public sealed class MaterialReviews(ProtectHubDbContext db, MailSender mail, TimeProvider time, ILogger<MaterialReviews> logger)
{
    /// <summary>Sends the reminders due today; returns how many materials were in them.</summary>
    public async Task<int> RemindAsync(CancellationToken ct = default)
    {
        if (!mail.IsConfigured)
        {
            return 0;
        }

        var today = time.UkToday();
        var due = await db.Set<Material>().Where(m => !m.IsRetired && m.ReviewBy <= today && (m.ReviewReminderSentFor == null || m.ReviewReminderSentFor != m.ReviewBy))
            .OrderBy(m => m.ReviewBy).Take(5000).ToListAsync(ct);
        var reminded = 0;
        foreach (var owned in due.GroupBy(m => m.OwnerId))
        {
            var owner = await db.Users.AsNoTracking().Where(u => u.Id == owned.Key && !u.IsDisabled).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
            if (owner?.Email is null)
            {
                continue; // An owner who has left: their materials still show as due in the library.
            }

            var lines = string.Join("\n", owned.Select(m => $"- {m.Title} (review by {m.ReviewBy.ToUkDate()})"));
            if (!await mail.TrySendAsync(owner.Email, owner.DisplayName, owned.Count() == 1 ? "A material of yours is due for review" : $"{owned.Count()} materials of yours are due for review",
                    $"Dear {owner.DisplayName},\n\nThese materials you own in ProtectHub have passed their review-by date:\n\n{lines}\n\n" +
                    "Please check each is still accurate: upload a new version or set a new review date, or retire it if it is no longer used.\n\nProtectHub",
                    logger, $"review reminder to {owned.Key} (tried again tomorrow)", ct))
            {
                continue;
            }

            foreach (var material in owned)
            {
                material.ReviewReminderSentFor = material.ReviewBy;
                reminded++;
            }

            await db.SaveChangesAsync(ct);
        }

        return reminded;
    }
}

/// <summary>Sends the materials' review reminders once a day.</summary>
public sealed class MaterialReviewWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<MaterialReviewWorker> logger) : DailyJobWorker(scopes, time, logger)
{
    protected override string LeaseName => "material-reviews";

    protected override string JobName => "material review reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<MaterialReviews>().RemindAsync(ct);
}
