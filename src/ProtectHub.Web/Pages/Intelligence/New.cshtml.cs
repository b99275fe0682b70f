using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence;

public sealed class NewModel(IntelligenceDrafting drafting, IntelligenceRequirements requirements) : ReportFormModel(drafting, requirements)
{
    private readonly IntelligenceDrafting _drafting = drafting;

    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        if (Actor.Teams.Count == 1)
        {
            OwningTeam = Actor.Teams.Single().ToString();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (report, errors) = await _drafting.CreateAsync(Form, Actor);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || report is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = $"Draft {report.Reference} saved";
        return Redirect(Links.IntelligenceReport(report.Id));
    }
}
