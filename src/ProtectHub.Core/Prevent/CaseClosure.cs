using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Closing a case with its outcome, and the follow-up reviews 6 and 12 months later that show whether the diversion
/// held: re-referred, known to have offended, something good come of it.
/// </summary>
public sealed class CaseClosure(ProtectHubDbContext db, TimeProvider time)
{
    public static readonly int[] ReviewMonths = [6, 12];

    public async Task<IReadOnlyList<FieldError>> CloseAsync(PreventCase prevent, PreventOutcome? outcome, string? notes, Guid officerId)
    {
        var errors = new List<FieldError>();
        if (prevent.Status == PreventCaseStatus.Closed)
        {
            return [new("", "This case is already closed")];
        }

        if (outcome is null)
        {
            errors.Add(new("Outcome", "Select the outcome"));
        }

        if (notes?.Trim().Length > TextLimits.Sentence)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Sentence)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        var closedOn = time.UkToday();
        prevent.Status = PreventCaseStatus.Closed;
        prevent.Outcome = outcome;
        prevent.ClosureNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        prevent.ClosedAt = now;
        prevent.UpdatedAt = now;
        // A young person handed to an investigation is the investigation's to follow: no Prevent review.
        if (outcome != PreventOutcome.SubjectToInvestigation)
        {
            foreach (var months in ReviewMonths)
            {
                db.Add(new FollowUpReview
                {
                    RegionCode = prevent.RegionCode,
                    CaseId = prevent.Id,
                    Kind = months == 6 ? ReviewKind.SixMonths : ReviewKind.TwelveMonths,
                    DueOn = closedOn.AddMonths(months),
                    OfficerId = prevent.AssignedToId ?? officerId,
                });
            }
        }

        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> CompleteReviewAsync(FollowUpReview review, ReviewAnswer? reReferred, ReviewAnswer? offended, PositiveOutcome? positive, string? notes, string officerName)
    {
        var errors = new List<FieldError>();
        if (review.CompletedAt is not null)
        {
            return [new("", "This review has already been recorded")];
        }

        if (review.DueOn > time.UkToday().AddDays(14))
        {
            return [new("", $"This review is not due until {review.DueOn.ToUkDate()}: it can be recorded from two weeks before")];
        }

        if (reReferred is null)
        {
            errors.Add(new("ReReferred", "Select whether they have been referred again"));
        }

        if (offended is null)
        {
            errors.Add(new("Offended", "Select whether they are known to have offended"));
        }

        if (positive is null)
        {
            errors.Add(new("Positive", "Select any positive outcome"));
        }

        if (notes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("Notes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        review.ReReferred = reReferred;
        review.Offended = offended;
        review.PositiveOutcome = positive;
        review.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        review.CompletedAt = time.GetUtcNow();
        review.CompletedByName = officerName;
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FollowUpReview>> ReviewsOfAsync(Guid caseId) =>
        await db.Set<FollowUpReview>().AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.DueOn).ToListAsync();

    public async Task<FollowUpReview?> ReviewAsync(Guid caseId, Guid reviewId) =>
        await db.Set<FollowUpReview>().FirstOrDefaultAsync(r => r.CaseId == caseId && r.Id == reviewId);

    /// <summary>An officer's reviews that are due (on their home page), with the case reference.</summary>
    public async Task<IReadOnlyList<(FollowUpReview Review, string Reference)>> DueForAsync(Guid officerId)
    {
        var today = time.UkToday();
        var due = await db.Set<FollowUpReview>().AsNoTracking()
            .Where(r => r.OfficerId == officerId && r.CompletedAt == null && r.DueOn <= today)
            .Join(db.Set<PreventCase>(), r => r.CaseId, c => c.Id, (r, c) => new { Review = r, c.Reference })
            .OrderBy(x => x.Review.DueOn).Take(50).ToListAsync();
        return due.Select(d => (d.Review, d.Reference)).ToList();
    }
}
