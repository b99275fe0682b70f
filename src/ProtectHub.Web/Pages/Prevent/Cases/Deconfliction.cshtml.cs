using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class DeconflictionModel(Casework casework) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = Parse<DeconflictionOutcome>(Outcome);
        ModelState.AddFieldErrors(null, await casework.DeconflictAsync(Case, outcome, Reference, Notes, MyName));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = outcome == DeconflictionOutcome.Clear
            ? "Deconfliction recorded: the case is ready for contact"
            : "Deconfliction recorded: the case is closed as not suitable for Prevent. Tell the referrer in the words below.";
        return Redirect(Links.PreventCase(Id));
    }
}
