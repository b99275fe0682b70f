using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

public sealed class NewPartnershipModel(OrganisationDirectory directory, Core.Access.Colleagues colleagues) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateInput StartsOn { get; set; } = new();

    [BindProperty]
    public DateInput ReviewOn { get; set; } = new();

    [BindProperty]
    public string? LeadOfficerId { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public string OrganisationName => HttpContext.GetRecord<Organisation>().Name;
    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<PartnershipKind>().Select(k => new SelectListItem(PartnerNames.Of(k), k.ToString())).ToList();

    public async Task OnGetAsync()
    {
        LeadOfficerId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        await LoadOfficersAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        var (starts, startError) = StartsOn.Parse("Start date");
        var (review, reviewError) = ReviewOn.Parse("Review date");
        if (startError is not null)
        {
            ModelState.AddModelError(nameof(StartsOn), startError);
        }

        if (reviewError is not null)
        {
            ModelState.AddModelError(nameof(ReviewOn), reviewError);
        }

        var kind = Enum.TryParse<PartnershipKind>(Kind, out var k) ? k : (PartnershipKind?)null;
        var lead = Guid.TryParse(LeadOfficerId, out var leadId) ? leadId : (Guid?)null;
        if (ModelState.IsValid)
        {
            ModelState.AddFieldErrors(null, await directory.AddPartnershipAsync(organisation, kind, starts, review, lead, Notes));
        }

        if (!ModelState.IsValid)
        {
            await LoadOfficersAsync();
            return Page();
        }

        TempData["Success"] = $"{PartnerNames.Of(kind!.Value)} recorded";
        return Redirect(Links.Organisation(Id));
    }

    private async Task LoadOfficersAsync() => Officers = (await colleagues.WorkingOfficersAsync()).ToChoices();
}
