using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Partners;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>Merges a likely duplicate (found by the same rules as the warning on creation) into this organisation.</summary>
public sealed class MergeModel(OrganisationDirectory directory) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? DuplicateId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string OrganisationName => HttpContext.GetRecord<Organisation>().Name;
    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public async Task OnGetAsync() => await LoadCandidatesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var keep = HttpContext.GetRecord<Organisation>();
        await LoadCandidatesAsync();
        var duplicate = Guid.TryParse(DuplicateId, out var id) && Candidates.Any(c => c.Value == DuplicateId) ? await directory.FindAsync(id) : null;
        if (duplicate is null)
        {
            ModelState.AddModelError(nameof(DuplicateId), "Select the duplicate record");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are merging the records");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await directory.MergeAsync(keep, duplicate!, Reason!.Trim());
        TempData["Success"] = $"{duplicate!.Name} has been merged into this record";
        return Redirect(Links.Organisation(Id));
    }

    private async Task LoadCandidatesAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        var duplicates = await directory.FindDuplicatesAsync(OrganisationForm.From(organisation).ToDetails(), except: organisation.Id);
        Candidates = duplicates.Select(d => new SelectListItem($"{d.Organisation.Name}{(d.Organisation.Postcode is null ? "" : ", " + d.Organisation.Postcode)} ({d.Reason})", d.Organisation.Id.ToString())).ToList();
    }
}
