using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Mail;

/// <summary>
/// One reminder email per user for the records due that belong to them (materials to review, training to renew):
/// each user's records marked as reminded only once their email has gone, so a relay that is down means the same
/// reminder tomorrow. A user who has left (disabled, or no email) gets none; their records still show as due.
/// </summary>
public static class UserReminders
{
    /// <param name="message">The subject and body for the user's display name and their records.</param>
    /// <param name="markSent">Records on each record that its reminder went.</param>
    /// <returns>How many records were in the reminders sent.</returns>
    public static async Task<int> SendAsync<T>(ProtectHubDbContext db, MailSender mail, ILogger logger, IEnumerable<T> due, Func<T, Guid> userOf,
        Func<string, IReadOnlyList<T>, (string Subject, string Body)> message, Action<T> markSent, string what, CancellationToken ct)
    {
        var reminded = 0;
        foreach (var records in due.GroupBy(userOf))
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == records.Key && !u.IsDisabled).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
            if (user?.Email is null)
            {
                continue;
            }

            var list = records.ToList();
            var (subject, body) = message(user.DisplayName, list);
            if (!await mail.TrySendAsync(user.Email, user.DisplayName, subject, body, logger, $"{what} to {records.Key} (tried again tomorrow)", ct))
            {
                continue;
            }

            list.ForEach(markSent);
            reminded += list.Count;
            await db.SaveChangesAsync(ct);
        }

        return reminded;
    }
}
