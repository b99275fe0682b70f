using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

/// <summary>A supervisor's quality assurance: approve once grading, handling and sanitisation are checked, or send back with reasons.</summary>
public sealed class QaModel(IntelligenceQa qa) : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty] public List<string> Checks { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> CheckItems { get; } =
    [
        new("The grading (source evaluation and intelligence assessment) is justified by the text", "grading"),
        new("The handling code, and any conditions, are right for the content", "handling"),
        new("The sanitised text identifies neither the source nor any person", "sanitisation"),
    ];

    public IActionResult OnGet() => Report.Status == IntelligenceStatus.SubmittedForQa ? Page() : Redirect(Links.IntelligenceReport(Id));

    public async Task<IActionResult> OnPostApproveAsync()
    {
        ModelState.AddFieldErrors(null, await qa.ApproveAsync(Report, Checks.Contains("grading"), Checks.Contains("handling"), Checks.Contains("sanitisation"), Actor));
        return After("Report approved");
    }

    public async Task<IActionResult> OnPostSendBackAsync()
    {
        ModelState.AddFieldErrors(null, await qa.SendBackAsync(Report, Reason, Actor));
        return After("Report sent back to the author");
    }

    private IActionResult After(string success)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(Links.IntelligenceReport(Id));
    }
}
