using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Advisories;

public sealed class NewModel(AdvisoryWriting writing) : AdvisoryFormModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (advisory, errors) = await writing.CreateAsync(Form, Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || advisory is null)
        {
            return Page();
        }

        TempData["Success"] = $"Draft {advisory.Reference} saved";
        return Redirect(Links.Advisory(advisory.Id));
    }
}
