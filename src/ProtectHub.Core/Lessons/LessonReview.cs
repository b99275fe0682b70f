using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Lessons;

/// <summary>
/// A supervisor's review: publishing to the national library (refused while anything looks like personal data), or
/// sending back with reasons; and the owning region's withdrawal of a published lesson.
/// </summary>
public sealed class LessonReview(ProtectHubDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<FieldError>> PublishAsync(Lesson lesson, Guid reviewerId, string reviewerName)
    {
        if (lesson.Status != LessonStatus.SubmittedForReview)
        {
            return [new("", "This lesson is not waiting for review")];
        }

        if (lesson.CreatedById == reviewerId)
        {
            return [new("", "You wrote this lesson: another supervisor must review it")];
        }

        var findings = LessonWriting.PersonalDataFindings(LessonForm.Of(lesson));
        if (findings.Count > 0)
        {
            // One message (the summary shows one a field) naming everything found.
            return [new FieldError("", "Not published: " + string.Join("; ", findings.Select(f => f.Message)) + ". Send it back to the author to remove it")];
        }

        var now = time.GetUtcNow();
        lesson.Status = LessonStatus.Published;
        lesson.PublishedAt = now;
        lesson.PublishedByName = reviewerName;
        lesson.UpdatedAt = now;
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> SendBackAsync(Lesson lesson, string? reason)
    {
        if (lesson.Status != LessonStatus.SubmittedForReview)
        {
            return [new("", "This lesson is not waiting for review")];
        }

        var errors = new List<FieldError>();
        errors.RequireText(reason, "Reason", "The reason", "Enter what the author must put right", TextLimits.Sentence);
        if (errors.Count > 0)
        {
            return errors;
        }

        lesson.Status = LessonStatus.Draft;
        lesson.ReviewReturnReason = reason!.Trim();
        lesson.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> WithdrawAsync(Lesson lesson, string? reason)
    {
        if (lesson.Status != LessonStatus.Published)
        {
            return [new("", "Only a published lesson can be withdrawn")];
        }

        var errors = new List<FieldError>();
        errors.RequireText(reason, "Reason", "The reason", "Enter why the lesson is withdrawn", TextLimits.Sentence);
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        lesson.Status = LessonStatus.Withdrawn;
        lesson.WithdrawnAt = now;
        lesson.WithdrawnReason = reason!.Trim();
        lesson.UpdatedAt = now;
        await db.SaveChangesAsync();
        return [];
    }
}
