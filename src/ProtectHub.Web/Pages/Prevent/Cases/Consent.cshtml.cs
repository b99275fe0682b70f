using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class ConsentModel(Casework casework) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? GivenBy { get; set; }
    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? ParentInformed { get; set; }
    [BindProperty] public string? NotInformedReason { get; set; }

    public DateOnly Today => casework.Today;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (on, onError) = On.Parse("Date consent was given");
        if (onError is not null)
        {
            ModelState.AddModelError(nameof(On), onError);
        }

        ModelState.AddFieldErrors(null, await casework.RecordConsentAsync(Case, Parse<ConsentGivenBy>(GivenBy), on,
            ParentInformed switch { "yes" => true, "no" => false, _ => null }, NotInformedReason));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Consent recorded";
        return Redirect(Links.PreventCase(Id));
    }
}
