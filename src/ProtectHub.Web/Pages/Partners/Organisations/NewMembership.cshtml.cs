using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

public sealed class NewMembershipModel(OrganisationDirectory directory) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateInput StartedOn { get; set; } = new();

    [BindProperty]
    public DateInput ExpiresOn { get; set; } = new();

    public string OrganisationName => HttpContext.GetRecord<Organisation>().Name;

    public IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<MembershipKind>().Select(k => new SelectListItem(PartnerNames.Of(k), k.ToString())).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        var (started, startError) = StartedOn.Parse("Start date");
        var (expires, expiryError) = ExpiresOn.Parse("Expiry date");
        if (startError is not null)
        {
            ModelState.AddModelError(nameof(StartedOn), startError);
        }

        if (expiryError is not null)
        {
            ModelState.AddModelError(nameof(ExpiresOn), expiryError);
        }

        var kind = Enum.TryParse<MembershipKind>(Kind, out var k) ? k : (MembershipKind?)null;
        var errors = ModelState.IsValid
            ? await directory.AddMembershipAsync(organisation, kind, started, expires)
            : [];
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = $"{PartnerNames.Of(kind!.Value)} recorded";
        return Redirect(Links.Organisation(Id));
    }
}
