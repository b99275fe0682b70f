using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>Changes a material's details (its own region only); files change by uploading a new version.</summary>
public sealed class EditModel(MaterialWriting writing, EngagementDirectory lists) : MaterialFormPage(lists)
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public long RecordVersion { get; set; }

    public override bool IsChange => true;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await writing.FindOursAsync(Id) is not { } material)
        {
            return NotFound();
        }

        Fill(material);
        RecordVersion = material.Version;
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await writing.FindOursAsync(Id) is not { } material)
        {
            return NotFound();
        }

        if (material.Version != RecordVersion)
        {
            ModelState.AddModelError(nameof(Title), "Someone else changed this material since you opened it: go back to see their changes, then make yours again");
        }
        else
        {
            ModelState.AddFieldErrors(null, (await writing.UpdateAsync(material, Form(), Actor)));
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = "Details saved";
        return Redirect(Links.Material(material.Id));
    }
}
