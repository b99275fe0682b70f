using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

/// <summary>Feedback to the partner who reported through their secure link; only the owning team (who see the source) sends it.</summary>
public sealed class FeedbackModel(IndustrySubmissions submissions) : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty] public string? Feedback { get; set; }

    public IndustrySubmission Submission { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Feedback ??= "Thank you for your report. It helped us warn other organisations in the region.";
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (!IntelligenceAccess.MaySeeSource(Report, Actor) || await submissions.OfReportAsync(Report.Id) is not { } submission)
        {
            return false;
        }

        Submission = submission;
        return true;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ModelState.AddFieldErrors(null, await submissions.SendFeedbackAsync(Submission, Feedback, MyName));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = $"Feedback emailed to {Submission.SubmitterName}";
        return Redirect(Links.IntelligenceReport(Id));
    }
}
