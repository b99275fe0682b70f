using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Notifications;

/// <summary>Settings "Notifications".</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address people open ProtectHub at (https://protecthub.example.police.uk), for links in emails; without it the email says where to look.</summary>
    public string? SiteAddress { get; set; }

    /// <summary>The UK hour from which the day's digests go.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>Run the background worker that sweeps for what falls due and sends the emails (off only for a host that should not send).</summary>
    public bool Worker { get; set; } = true;
}

/// <summary>
/// Emails notifications as each person chose: everything new in one email (a burst of twenty assignments is one
/// message), or one digest a day from <see cref="NotificationOptions.DigestHour"/>; kinds they turned off are not
/// emailed (they stay in their list). One instance sends at a time (the worker holds a lease). A notification the relay
/// keeps refusing for a day is given up (marked not sent) rather than retried for ever.
/// </summary>
public sealed class NotificationMailer(ProtectHubDbContext db, MailSender mail, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationMailer> logger)
{
    private const int Batch = 1000;

    public async Task<int> SendAsync(CancellationToken ct = default)
    {
        var pending = await db.Set<Notification>().Where(n => n.Mail == NotificationMail.Pending).OrderBy(n => n.CreatedAt).Take(Batch).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var today = time.UkToday();
        var userIds = pending.Select(n => n.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled }).ToDictionaryAsync(u => u.Id, ct);
        var preferences = await db.Set<NotificationPreference>().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        var digestTime = time.UkNow().Hour >= options.Value.DigestHour;
        var sent = 0;
        foreach (var group in pending.GroupBy(n => n.UserId))
        {
            var preference = preferences.GetValueOrDefault(group.Key);
            var user = users.GetValueOrDefault(group.Key);
            foreach (var unwanted in group.Where(n => preference?.Emails(n.Kind) == false))
            {
                unwanted.Mail = NotificationMail.NotWanted;
            }

            var wanted = group.Where(n => preference?.Emails(n.Kind) != false).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }

            if (!mail.IsConfigured || user is null || user.IsDisabled || string.IsNullOrWhiteSpace(user.Email))
            {
                wanted.ForEach(n => n.Mail = NotificationMail.NotSent);
                continue;
            }

            var digest = preference?.DailyDigest == true;
            if (digest && (!digestTime || preference!.LastDigestOn == today))
            {
                continue; // waits for the next digest
            }

            var (subject, body) = Compose(user.DisplayName, wanted, digest, today);
            if (await mail.TrySendAsync(user.Email, user.DisplayName, subject, body, logger, "notification email", ct))
            {
                wanted.ForEach(n => (n.Mail, n.MailedAt) = (digest ? NotificationMail.InDigest : NotificationMail.Sent, now));
                if (digest)
                {
                    preference!.LastDigestOn = today;
                }

                sent++;
            }
            else
            {
                wanted.Where(n => now - n.CreatedAt > TimeSpan.FromDays(1)).ToList().ForEach(n => n.Mail = NotificationMail.NotSent);
            }
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    private (string Subject, string Body) Compose(string name, List<Notification> items, bool digest, DateOnly today)
    {
        var site = options.Value.SiteAddress?.TrimEnd('/');
        var subject = digest
            ? $"ProtectHub: your daily digest for {today.ToUkDate()} ({items.Count} {(items.Count == 1 ? "notification" : "notifications")})"
            : items.Count == 1 ? $"ProtectHub: {Shorten(items[0].Title, 120)}" : $"ProtectHub: {items.Count} new notifications";
        var body = new StringBuilder();
        body.Append("Dear ").Append(name).Append(",\n\n");
        body.Append(digest ? "Since your last digest:\n\n" : items.Count == 1 ? "" : "New in ProtectHub:\n\n");
        foreach (var item in items)
        {
            body.Append(items.Count == 1 && !digest ? "" : "- ").Append(item.Title).Append('\n');
            if (site is not null)
            {
                body.Append(items.Count == 1 && !digest ? "\n" : "  ").Append(site).Append(item.Link).Append('\n');
            }
        }

        body.Append('\n');
        body.Append(site is null ? "Sign in to ProtectHub to see them under Notifications, at the top of every page.\n" : $"All your notifications: {site}/notifications\n");
        body.Append("You can choose which notifications are emailed to you, or have one digest a day, under Notifications, then Email settings.\n\nProtectHub");
        return (subject, body.ToString());
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
