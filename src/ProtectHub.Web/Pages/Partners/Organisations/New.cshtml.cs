using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>Adds an organisation, warning first when it looks like one already held.</summary>
public sealed class NewModel(OrganisationDirectory directory, IActorScopeAccessor actor) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    [BindProperty]
    public List<string> ConfirmDifferent { get; set; } = [];

    public Choices Choices { get; private set; } = null!;
    public IReadOnlyList<OrganisationDirectory.Duplicate> Duplicates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ConfirmChoices { get; } = [new("Yes, this is a different organisation", "yes")];

    public void OnGet() => Choices = Choices.For(actor.Current);

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails();
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));

        if (ModelState.IsValid && !ConfirmDifferent.Contains("yes"))
        {
            Duplicates = await directory.FindDuplicatesAsync(details);
        }

        if (!ModelState.IsValid || Duplicates.Count > 0)
        {
            Choices = Choices.For(actor.Current);
            return Page();
        }

        var organisation = await directory.CreateAsync(details);
        TempData["Success"] = $"{organisation.Name} has been added";
        return Redirect(Links.Organisation(organisation.Id));
    }
}
