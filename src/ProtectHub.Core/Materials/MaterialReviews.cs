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
        return await UserReminders.SendAsync(db, mail, logger, due, m => m.OwnerId, (name, owned) => (
                owned.Count == 1 ? "A material of yours is due for review" : $"{owned.Count} materials of yours are due for review",
                $"Dear {name},\n\nThese materials you own in ProtectHub have passed their review-by date:\n\n" +
                string.Join("\n", owned.Select(m => $"- {m.Title} (review by {m.ReviewBy.ToUkDate()})")) + "\n\n" +
                "Please check each is still accurate: upload a new version or set a new review date, or retire it if it is no longer used.\n\nProtectHub"),
            m => m.ReviewReminderSentFor = m.ReviewBy, "review reminder", ct);
    }
}

/// <summary>Sends the materials' review reminders once a day.</summary>
public sealed class MaterialReviewWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<MaterialReviewWorker> logger) : DailyJobWorker(scopes, time, logger)
{
    protected override string LeaseName => "material-reviews";

    protected override string JobName => "material review reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<MaterialReviews>().RemindAsync(ct);
}
