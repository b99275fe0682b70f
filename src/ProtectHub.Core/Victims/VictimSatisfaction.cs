using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Victims;

/// <summary>
/// A short public satisfaction question for a victim, reached through an unguessable link the officer gives them:
/// how satisfied they are with the help, whether the advice helped them feel safer, and comments. The link takes one
/// answer; it shows nothing of the referral but the team's name.
/// </summary>
public sealed class VictimSatisfaction(ProtectHubDbContext db, TimeProvider time)
{
    public static readonly string[] SaferAnswers = ["yes", "no", "not sure"];

    public async Task<string> IssueAsync(VictimReferral referral)
    {
        referral.SatisfactionToken ??= PublicToken.New();
        await db.SaveChangesAsync();
        return referral.SatisfactionToken;
    }

    /// <summary>The referral behind a public link, whichever region it belongs to (the link itself is the permission).</summary>
    public Task<VictimReferral?> FindByTokenAsync(string token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? Task.FromResult<VictimReferral?>(null)
            : db.Set<VictimReferral>().IgnoreQueryFilters().FirstOrDefaultAsync(r => r.SatisfactionToken == token && r.AnonymisedAt == null);

    public async Task<IReadOnlyList<FieldError>> AnswerAsync(VictimReferral referral, int? satisfaction, string? feelsSafer, string? comments)
    {
        var errors = new List<FieldError>();
        if (satisfaction is not (>= 1 and <= 5))
        {
            errors.Add(new("Satisfaction", "Select how satisfied you are with the help you received"));
        }

        if (feelsSafer is null || !SaferAnswers.Contains(feelsSafer))
        {
            errors.Add(new("FeelsSafer", "Select whether the advice helped you feel safer"));
        }

        if (comments?.Trim().Length > TextLimits.Paragraph)
        {
            errors.Add(new("Comments", TextLimits.TooLong("Comments", TextLimits.Paragraph)));
        }

        if (errors.Count > 0 || referral.SatisfactionAt is not null)
        {
            return errors; // Answered already: the first answer stands.
        }

        referral.Satisfaction = satisfaction;
        referral.FeelsSafer = feelsSafer;
        referral.SatisfactionComments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        referral.SatisfactionAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return errors;
    }
}
