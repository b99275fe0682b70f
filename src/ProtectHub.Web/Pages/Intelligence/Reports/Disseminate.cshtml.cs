using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

public sealed class DisseminateModel(IntelligenceQa qa) : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty] public string? Destination { get; set; }
    [BindProperty] public string? Recipient { get; set; }
    [BindProperty] public string? ReceivingReference { get; set; }
    [BindProperty] public List<string> SanitisedOnly { get; set; } = [];

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> SanitisedChoice { get; } = [new("Only the sanitised text was shared", "yes")];

    public void OnGet()
    {
        if (!IntelligenceAccess.MayReadFullText(Report, Actor))
        {
            SanitisedOnly = ["yes"];
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await qa.DisseminateAsync(Report, Parse<DisseminationDestination>(Destination), Recipient, ReceivingReference,
            SanitisedOnly.Contains("yes"), Actor));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Dissemination recorded";
        return Redirect(Links.IntelligenceReport(Id));
    }
}
