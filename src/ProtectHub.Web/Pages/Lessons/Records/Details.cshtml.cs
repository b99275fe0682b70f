using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Lessons;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.GovUk;

using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Lessons.Records;

/// <summary>The region's own lesson: its review (supervisors, not the author), submission and withdrawal.</summary>
public sealed class DetailsModel(LessonWriting writing, LessonReview review, LessonLibrary library) : LessonPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public LessonLibrary.Use Use { get; private set; } = new(0, 0);
    public IReadOnlyList<PersonalDataScan.Finding> Findings { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSubmitAsync() => await AfterAsync(await writing.SubmitAsync(Lesson), "Submitted for review");

    public async Task<IActionResult> OnPostPublishAsync() =>
        IsReviewer ? await AfterAsync(await review.PublishAsync(Lesson, Me, MyName), "Published to the national library") : Forbid();

    public async Task<IActionResult> OnPostSendBackAsync() =>
        IsReviewer ? await AfterAsync(await review.SendBackAsync(Lesson, Reason), "Sent back to the author") : Forbid();

    public async Task<IActionResult> OnPostWithdrawAsync() =>
        IsReviewer ? await AfterAsync(await review.WithdrawAsync(Lesson, Reason), "Withdrawn from the national library") : Forbid();

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Core.Access.FieldError> errors, string success)
    {
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(Links.Lesson(Id));
    }

    private async Task LoadAsync()
    {
        Use = await library.UseOfAsync(Id);
        Findings = LessonWriting.PersonalDataFindings(LessonForm.Of(Lesson));
    }
}
