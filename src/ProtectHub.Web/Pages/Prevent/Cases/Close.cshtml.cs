using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class CloseModel(CaseClosure closure) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public IActionResult OnGet() => Case.Status == PreventCaseStatus.Closed ? Redirect(Links.PreventCase(Id)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await closure.CloseAsync(Case, Parse<PreventOutcome>(Outcome), Notes, Me));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Case closed: follow-up reviews are due in 6 and 12 months";
        return Redirect(Links.PreventCase(Id));
    }
}
