using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Returns;

/// <summary>One return: its figures (live while a draft, frozen once submitted), narrative, workflow and exports.</summary>
public sealed class DetailsModel(ReturnWorkflow workflow, RecordChanges changes) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public PerformanceReturn Return => HttpContext.GetRecord<PerformanceReturn>();
    public ReturnFigures Figures { get; private set; } = null!;
    public PerformanceReturn? Previous { get; private set; }
    public IReadOnlyList<FigureChange> Changes { get; private set; } = [];
    public string AreaName { get; private set; } = "";

    [BindProperty]
    public string? Highlights { get; set; }

    [BindProperty]
    public string? Risks { get; set; }

    [BindProperty]
    public string? Lessons { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The version of the return the narrative form was filled from.</summary>
    [BindProperty]
    public long Version { get; set; }

    public EditConflict? Conflict { get; private set; }

    /// <summary>The narrative's three texts, compared field by field when two people edit them at once.</summary>
    public sealed record NarrativeForm(string? Highlights, string? Risks, string? Lessons);

    public bool CanReview => ReturnWorkflow.Reviewers.Any(r => User.IsInRole(r.ToString()));
    public bool CanApprove => ReturnWorkflow.Approvers.Any(r => User.IsInRole(r.ToString()));

    /// <summary>Drill-down links for live figures; a frozen return's records may have changed since.</summary>
    public string? DrillQuery => Return.IsFrozen ? null : $"quarter={Return.Period.Code}{(Return.ForceCode is null ? "" : "&force=" + Uri.EscapeDataString(Return.ForceCode))}";

    public async Task OnGetAsync()
    {
        (Highlights, Risks, Lessons) = (Return.Highlights, Return.Risks, Return.Lessons);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostNarrativeAsync()
    {
        IReadOnlyList<FieldError> errors = [];
        var item = Return;
        Conflict = await EditConflict.SaveUnlessChangedAsync(changes, item, Version, () => new NarrativeForm(item.Highlights, item.Risks, item.Lessons),
            new NarrativeForm(Highlights, Risks, Lessons), async () => errors = await workflow.SaveNarrativeAsync(Id, Highlights, Risks, Lessons));
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || Conflict is not null)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Narrative saved";
        return Redirect(Links.Return(Id));
    }

    public async Task<IActionResult> OnPostAdvanceAsync(ReturnStatus to)
    {
        var refusal = await workflow.AdvanceAsync(Id, to);
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            (Highlights, Risks, Lessons) = (Return.Highlights, Return.Risks, Return.Lessons);
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"Return {to.ToString().ToLowerInvariant()}";
        return Redirect(Links.Return(Id));
    }

    public async Task<IActionResult> OnPostSendBackAsync()
    {
        var refusal = await workflow.SendBackAsync(Id, Reason);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Reason), refusal);
            (Highlights, Risks, Lessons) = (Return.Highlights, Return.Risks, Return.Lessons);
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Return sent back to draft";
        return Redirect(Links.Return(Id));
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var figures = await workflow.FiguresAsync(Return);
        var (content, type, extension) = format switch
        {
            "xlsx" => (ReturnExports.Xlsx(Return, figures), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            "csv" => (ReturnExports.Csv(figures), "text/csv; charset=utf-8", "csv"),
            "json" => (ReturnExports.JsonDocument(Return, figures), "application/json", "json"),
            _ => (null, "", ""),
        };
        if (content is null)
        {
            return NotFound();
        }

        await workflow.RecordExportAsync(Return, extension);
        return File(content, type, ReturnExports.FileName(Return, extension));
    }

    private async Task LoadAsync()
    {
        // Whichever form was posted, the narrative form offers the version shown now (after a conflict: theirs).
        Version = Return.Version;
        Figures = await workflow.FiguresAsync(Return);
        AreaName = Return.ForceCode is null ? "Whole region" : ProtectHub.Core.Regions.PoliceReferenceData.ForceName(Return.ForceCode);
        if (!Return.IsFrozen)
        {
            Previous = await workflow.PreviousSubmissionAsync(Return);
            if (Previous is not null)
            {
                Changes = ReturnWorkflow.Compare(await workflow.FiguresAsync(Previous), Figures);
            }
        }
    }
}
