using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

public sealed class EditModel(IntelligenceDrafting drafting, IntelligenceRequirements requirements) : ReportFormModel(drafting, requirements)
{
    private readonly IntelligenceDrafting _drafting = drafting;

    [FromRoute]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Report.IsEditable || !IntelligenceAccess.MayEdit(Report, Actor))
        {
            return Redirect(Links.IntelligenceReport(Id));
        }

        Fill(ReportForm.Of(Report, await _drafting.SubjectsOfAsync(Report.Id)));
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await _drafting.UpdateAsync(Report, Form, Actor));
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = "Draft saved";
        return Redirect(Links.IntelligenceReport(Id));
    }
}
