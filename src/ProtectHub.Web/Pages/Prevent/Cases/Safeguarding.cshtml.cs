using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class SafeguardingModel(Casework casework) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Route { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public void OnGet()
    {
        Route = Case.SafeguardingRoute?.ToString();
        Reason = Case.SafeguardingReason;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await casework.RaiseSafeguardingAsync(Case, Parse<SafeguardingRoute>(Route), Reason));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Safeguarding concern recorded: supervisors see the case highlighted";
        return Redirect(Links.PreventCase(Id));
    }
}
