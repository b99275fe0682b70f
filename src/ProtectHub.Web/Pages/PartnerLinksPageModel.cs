using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages;

/// <summary>
/// Partner organisations' secure links to one public form (<c>Shared/_PartnerLinks</c>): made and shown once, listed
/// with their use, revoked. The intelligence submission and request-for-assistance links are the two kinds.
/// </summary>
public abstract class PartnerLinksPageModel(PartnerLinks links, OrganisationNames organisations) : PageModel
{
    [BindProperty] public string? OrganisationId { get; set; }
    [BindProperty] public Guid LinkId { get; set; }

    [TempData] public string? NewLink { get; set; }

    public IReadOnlyList<PartnerLink> Items { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    protected abstract PartnerLinkPurpose Purpose { get; }

    /// <summary>Where the public form lives; the token is added after it.</summary>
    protected abstract string FormPath { get; }

    private string MyName => User.Identity?.Name ?? "";

    /// <summary>What the officer is given to send, once: the link (a key's page gives the key itself).</summary>
    protected virtual string Shown(string token) => $"{Request.Scheme}://{Request.Host}{FormPath}/{token}";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var (link, token, error) = await links.CreateAsync(Purpose, Guid.TryParse(OrganisationId, out var id) ? id : Guid.Empty, MyName);
        if (error is not null || link is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), error ?? "Select an organisation");
            await LoadAsync();
            return Page();
        }

        NewLink = Shown(token!);
        TempData["Success"] = Purpose == PartnerLinkPurpose.Taxii ? $"TAXII key made for {link.OrganisationName}" : $"Secure link made for {link.OrganisationName}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        if (!await links.RevokeAsync(Purpose, LinkId, MyName))
        {
            return NotFound();
        }

        TempData["Success"] = Purpose == PartnerLinkPurpose.Taxii ? "Key revoked: it no longer reads anything" : "Link revoked: it no longer opens the form";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Items = await links.ListAsync(Purpose);
        Organisations = (await organisations.ChoicesAsync()).ToChoices();
    }
}
