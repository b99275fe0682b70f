using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Advisories.Records;

public sealed class EditModel(AdvisoryWriting writing) : AdvisoryFormModel
{
    [FromRoute] public Guid Id { get; set; }

    public override bool IsUpdate => Advisory.PreviousVersionId is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Advisory.Status != AdvisoryStatus.Draft)
        {
            return Redirect(Links.Advisory(Id));
        }

        var (reports, lessons) = await writing.LinkedReferencesAsync(Advisory);
        Fill(AdvisoryForm.Of(Advisory, await writing.IndicatorsOfAsync(Id), await writing.PeopleEmailsAsync(Advisory), reports, lessons));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await writing.UpdateAsync(Advisory, Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Draft saved";
        return Redirect(Links.Advisory(Id));
    }
}
