using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

public sealed class DetailsModel(IntelligenceDrafting drafting, IntelligenceQa qa, IntelligenceRequirements requirements, IndustrySubmissions submissions)
    : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public bool MayReadFullText { get; private set; }
    public bool MaySeeSource { get; private set; }
    public bool MayEdit { get; private set; }
    public IReadOnlyList<IntelligenceSubject> Subjects { get; private set; } = [];
    public IReadOnlyList<IntelligenceRequirement> Answers { get; private set; } = [];
    public IReadOnlyList<IntelligenceDissemination> Disseminations { get; private set; } = [];
    public IReadOnlyList<IntelligenceQa.Edition> Editions { get; private set; } = [];
    public IndustrySubmission? Submission { get; private set; }
    public IReadOnlyList<SubmissionAttachment> Attachments { get; private set; } = [];
    public bool CorrectionStarted { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        ModelState.AddFieldErrors(null, await qa.SubmitAsync(Report, Actor));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Submitted for quality assurance";
        return Redirect(Links.IntelligenceReport(Id));
    }

    private async Task LoadAsync()
    {
        MayReadFullText = IntelligenceAccess.MayReadFullText(Report, Actor);
        MaySeeSource = IntelligenceAccess.MaySeeSource(Report, Actor);
        MayEdit = IntelligenceAccess.MayEdit(Report, Actor);
        Subjects = await drafting.SubjectsOfAsync(Report.Id);
        Answers = await requirements.OfAsync(Report.RequirementIds);
        // Only the reads the report's state can need: a page is opened far more often than a report changes.
        Disseminations = Report.Status == IntelligenceStatus.Disseminated ? await qa.DisseminationsOfAsync(Report.Id) : [];
        var mayHaveOtherEditions = Report.Edition > 1 || !Report.IsCurrent || Report.Status is IntelligenceStatus.Approved or IntelligenceStatus.Disseminated;
        Editions = mayHaveOtherEditions ? await qa.EditionsOfAsync(Report.Reference) : [];
        CorrectionStarted = Editions.Any(e => e.Number > Report.Edition);
        // The submitter's details are the source's: read (and so audited) only by those who may see the source.
        if (MaySeeSource && Report.SubmissionId is not null)
        {
            Submission = await submissions.OfReportAsync(Report.Id);
            Attachments = Submission is null ? [] : await submissions.AttachmentsOfAsync(Submission.Id);
        }
    }
}
