using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

public sealed class CorrectModel(IntelligenceQa qa) : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (correction, errors) = await qa.CorrectAsync(Report, Reason, Actor);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || correction is null)
        {
            return Page();
        }

        TempData["Success"] = $"Edition {correction.Edition} started as a draft: edition {Report.Edition} stays current until it is approved";
        return Redirect(Links.IntelligenceReport(correction.Id, "edit"));
    }
}
