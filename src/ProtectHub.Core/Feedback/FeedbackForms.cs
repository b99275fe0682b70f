using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Feedback;

/// <summary>
/// Public feedback forms for delivered engagements: an unguessable link per engagement, anonymous answers about
/// confidence before and after on each topic covered, and the summary officers see.
/// </summary>
public sealed class FeedbackForms(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>Gives a delivered engagement its feedback link (once; the same token thereafter).</summary>
    public async Task<string?> IssueAsync(Engagement engagement)
    {
        if (engagement.Status is not (EngagementStatus.Delivered or EngagementStatus.Reviewed))
        {
            return null;
        }

        engagement.FeedbackToken ??= PublicToken.New();
        await db.SaveChangesAsync();
        return engagement.FeedbackToken;
    }

    /// <summary>The engagement behind a public link, whichever region it belongs to (the link itself is the permission).</summary>
    public Task<Engagement?> FindByTokenAsync(string token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? Task.FromResult<Engagement?>(null)
            : db.Set<Engagement>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.FeedbackToken == token);

    /// <summary>The names of the engagement's topics, by id: the form asks about each.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> TopicNamesAsync(Engagement engagement) =>
        await db.Set<Engagements.ManagedListItem>().AsNoTracking().Where(i => engagement.TopicIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name);

    public async Task<IReadOnlyList<FieldError>> SubmitAsync(Engagement engagement, Guid submissionId,
        IReadOnlyDictionary<Guid, (int? Before, int? After)> ratings, string? intendedActions, string? comments)
    {
        var errors = new List<FieldError>();
        // Each message names its topic: with several topics, "Select how confident you felt before" twice says nothing.
        var names = await TopicNamesAsync(engagement);
        foreach (var topicId in engagement.TopicIds)
        {
            var (before, after) = ratings.TryGetValue(topicId, out var r) ? r : (null, null);
            var topic = names.GetValueOrDefault(topicId, "this topic");
            if (before is not (>= 1 and <= 5))
            {
                errors.Add(new($"Before[{topicId}]", $"Select how confident you felt about {topic} before"));
            }

            if (after is not (>= 1 and <= 5))
            {
                errors.Add(new($"After[{topicId}]", $"Select how confident you feel about {topic} now"));
            }
        }

        if (intendedActions?.Length > TextLimits.Paragraph)
        {
            errors.Add(new("IntendedActions", TextLimits.TooLong("What you will do", TextLimits.Paragraph)));
        }

        if (comments?.Length > TextLimits.Notes)
        {
            errors.Add(new("Comments", TextLimits.TooLong("Comments", TextLimits.Notes)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (await db.Set<FeedbackResponse>().IgnoreQueryFilters().AnyAsync(r => r.SubmissionId == submissionId))
        {
            return errors; // The same form sent twice: the first answer stands.
        }

        var response = new FeedbackResponse
        {
            RegionCode = engagement.RegionCode,
            EngagementId = engagement.Id,
            SubmissionId = submissionId,
            SubmittedAt = time.GetUtcNow(),
            IntendedActions = string.IsNullOrWhiteSpace(intendedActions) ? null : intendedActions.Trim(),
            Comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim(),
        };
        response.Ratings.AddRange(engagement.TopicIds.Select(t => new TopicRating { ResponseId = response.Id, TopicId = t, Before = ratings[t].Before!.Value, After = ratings[t].After!.Value }));
        db.Add(response);
        await db.SaveChangesAsync();
        return errors;
    }

    /// <summary>
    /// What people said they will do (the first 1,000 answers), the same answer written alike ("Test our backups",
    /// "test our backups.") once with how many gave it, the commonest first, at most 50.
    /// </summary>
    public async Task<IReadOnlyList<(string Text, int People)>> IntendedActionsAsync(Guid engagementId)
    {
        var said = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.EngagementId == engagementId && r.IntendedActions != null)
            .OrderBy(r => r.SubmittedAt).Select(r => r.IntendedActions!).Take(1000).ToListAsync();
        return said.GroupBy(SameAnswer)
            .Select(g => (Text: g.Select(t => t.Trim()).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First(), People: g.Count()))
            .OrderByDescending(a => a.People).ThenBy(a => a.Text, StringComparer.Ordinal).Take(50).ToList();
    }

    private static string SameAnswer(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';', ',');

    public Task<FeedbackSummary> SummariseAsync(Guid engagementId) =>
        SummariseAsync(db.Set<FeedbackResponse>().Where(r => r.EngagementId == engagementId));

    /// <summary>
    /// Feedback across the region's engagements that took place between two dates (either open), optionally of one team:
    /// the overall and per-topic means, and one line per engagement with responses.
    /// </summary>
    public async Task<(FeedbackSummary Overall, IReadOnlyList<EngagementFeedback> Engagements)> AggregateAsync(DateOnly? from, DateOnly? to, Access.Team? team)
    {
        var engagements = db.Set<Engagement>().AsQueryable();
        if (from is { } f)
        {
            var start = UkTime.StartOfDay(f);
            engagements = engagements.Where(e => e.StartsAt >= start);
        }

        if (to is { } t)
        {
            var end = UkTime.StartOfDay(t.AddDays(1));
            engagements = engagements.Where(e => e.StartsAt < end);
        }

        if (team is { } teamFilter)
        {
            engagements = engagements.Where(e => e.Team == teamFilter);
        }

        var responses = db.Set<FeedbackResponse>().Where(r => engagements.Any(e => e.Id == r.EngagementId));
        var overall = await SummariseAsync(responses);
        var perEngagement = await responses.SelectMany(r => r.Ratings, (r, rating) => new { r.EngagementId, r.Id, rating.Before, rating.After })
            .GroupBy(x => x.EngagementId)
            .Select(g => new { EngagementId = g.Key, Responses = g.Select(x => x.Id).Distinct().Count(), Before = g.Average(x => (double)x.Before), After = g.Average(x => (double)x.After) })
            .ToListAsync();
        var ids = perEngagement.Select(p => p.EngagementId).ToList();
        var titles = await db.Set<Engagement>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync();
        var lines = perEngagement.Join(titles, p => p.EngagementId, e => e.Id, (p, e) => new EngagementFeedback(e.Id, e.Title, e.StartsAt, p.Responses, p.After - p.Before))
            .OrderByDescending(l => l.StartsAt).ToList();
        return (overall, lines);
    }

    private async Task<FeedbackSummary> SummariseAsync(IQueryable<FeedbackResponse> query)
    {
        var responses = await query.AsNoTracking().Include(r => r.Ratings).ToListAsync();
        var ratings = responses.SelectMany(r => r.Ratings).ToList();
        var topicIds = ratings.Select(r => r.TopicId).Distinct().ToList();
        var names = await db.Set<ManagedListItem>().AsNoTracking().Where(i => topicIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name);
        var topics = ratings.GroupBy(r => r.TopicId)
            .Select(g => new FeedbackSummary.Topic(names.GetValueOrDefault(g.Key, "Topic"), g.Count(), g.Average(r => r.Before), g.Average(r => r.After)))
            .OrderBy(t => t.Name).ToList();
        return new FeedbackSummary(responses.Count,
            ratings.Count == 0 ? null : ratings.Average(r => r.Before),
            ratings.Count == 0 ? null : ratings.Average(r => r.After),
            topics);
    }
}
