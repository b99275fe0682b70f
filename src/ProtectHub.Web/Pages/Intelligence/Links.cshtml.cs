using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>Partner organisations' secure submission links: made (and shown once), listed with their use, revoked.</summary>
public sealed class LinksModel(IndustrySubmissions submissions, IntelligenceDrafting drafting) : IntelligencePageModel
{
    [BindProperty] public string? OrganisationId { get; set; }
    [BindProperty] public Guid LinkId { get; set; }

    public IReadOnlyList<SubmissionLink> Items { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    [TempData] public string? NewLink { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var (link, token, error) = await submissions.CreateLinkAsync(Guid.TryParse(OrganisationId, out var id) ? id : Guid.Empty, MyName);
        if (error is not null || link is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), error ?? "Select an organisation");
            await LoadAsync();
            return Page();
        }

        NewLink = $"{Request.Scheme}://{Request.Host}/intelligence/submit/{token}";
        TempData["Success"] = $"Secure link made for {link.OrganisationName}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        if (!await submissions.RevokeAsync(LinkId, MyName))
        {
            return NotFound();
        }

        TempData["Success"] = "Link revoked: it no longer opens the form";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Items = await submissions.LinksAsync();
        Organisations = (await drafting.SourceOrganisationsAsync()).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }
}
