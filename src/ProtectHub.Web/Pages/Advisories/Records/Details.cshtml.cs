using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Access;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Advisories.Records;

/// <summary>An advisory: its content, its audience (before issue) or its delivery and acknowledgements (after), and each step.</summary>
public sealed class DetailsModel(AdvisoryWriting writing, AdvisoryAudience audience, AdvisoryWorkflow workflow, AdvisoryOutbox outbox, AdvisoryResponses responses)
    : AdvisoryPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<AdvisoryIndicator> Indicators { get; private set; } = [];
    public AudiencePreview? Preview { get; private set; }
    public AdvisoryOutbox.Progress? Progress { get; private set; }
    public IReadOnlyList<AdvisoryResponses.Row> Recipients { get; private set; } = [];
    public IReadOnlyList<AdvisoryWriting.LinkedReport> Reports { get; private set; } = [];
    public IReadOnlyList<AdvisoryWriting.LinkedLesson> Lessons { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostSubmitAsync() => AfterAsync(workflow.SubmitAsync(Advisory), "Submitted for approval");

    public Task<IActionResult> OnPostApproveAsync() => IsSupervisor ? AfterAsync(workflow.ApproveAsync(Advisory, Me, MyName), "Approved: it can now be issued") : Task.FromResult<IActionResult>(Forbid());

    public Task<IActionResult> OnPostSendBackAsync() => IsSupervisor ? AfterAsync(workflow.SendBackAsync(Advisory), "Sent back to draft") : Task.FromResult<IActionResult>(Forbid());

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (!IsSupervisor)
        {
            return Forbid();
        }

        var (queued, errors) = await workflow.IssueAsync(Advisory, $"{Request.Scheme}://{Request.Host}");
        return await AfterAsync(Task.FromResult(errors), $"Issued: {queued} emails queued, sent in the background");
    }

    public async Task<IActionResult> OnPostUpdateAsync()
    {
        var (update, errors) = await workflow.StartUpdateAsync(Advisory, Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || update is null)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"Edition {update.Edition} started: say what changes, then submit it for approval";
        return Redirect(Links.Advisory(update.Id, "edit"));
    }

    public Task<IActionResult> OnPostWithdrawAsync() => IsSupervisor ? AfterAsync(workflow.WithdrawAsync(Advisory, Reason), "Withdrawn: the recipients are being told") : Task.FromResult<IActionResult>(Forbid());

    public async Task<IActionResult> OnPostRemindAsync()
    {
        var (queued, errors) = await workflow.RemindAsync(Advisory);
        return await AfterAsync(Task.FromResult(errors), $"{queued} reminders queued");
    }

    private async Task<IActionResult> AfterAsync(Task<IReadOnlyList<FieldError>> work, string success)
    {
        ModelState.AddFieldErrors(null, await work);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(Links.Advisory(Id));
    }

    private async Task LoadAsync()
    {
        Indicators = await writing.IndicatorsOfAsync(Id);
        (Reports, Lessons) = await writing.LinkedAsync(Advisory);
        if (Advisory.Status is AdvisoryStatus.Draft or AdvisoryStatus.AwaitingApproval or AdvisoryStatus.Approved)
        {
            Preview = Advisory.PreviousVersionId is null ? await audience.PreviewAsync(Advisory) : null;
        }
        else
        {
            var chain = await workflow.ChainAsync(Advisory);
            Progress = await outbox.ProgressOfAsync(chain);
            Recipients = await responses.RecipientsAsync(chain);
        }
    }
}
