using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class NewInterventionModel(Casework casework) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? HowResponded { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (on, onError) = On.Parse("Date of the intervention");
        if (onError is not null)
        {
            ModelState.AddModelError(nameof(On), onError);
        }

        ModelState.AddFieldErrors(null, await casework.AddInterventionAsync(Case, Parse<InterventionKind>(Kind), on, Parse<SubjectResponse>(HowResponded), Notes, Me, MyName));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Intervention recorded";
        return Redirect(Links.PreventCase(Id));
    }
}
