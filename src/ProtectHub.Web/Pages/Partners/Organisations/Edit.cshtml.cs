using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

public sealed class EditModel(OrganisationDirectory directory, ActingScope acting, RecordChanges changes) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    /// <summary>The version of the record the form was filled from.</summary>
    [BindProperty]
    public long Version { get; set; }

    public EditConflict? Conflict { get; private set; }

    public Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Input = OrganisationForm.From(HttpContext.GetRecord<Organisation>());
        Version = HttpContext.GetRecord<Organisation>().Version;
        Choices = Choices.For(acting.Current);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        var details = Input.ToDetails();
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));

        if (!ModelState.IsValid)
        {
            Choices = Choices.For(acting.Current);
            return Page();
        }

        Conflict = await EditConflict.SaveUnlessChangedAsync(changes, organisation, Version, () => OrganisationForm.From(organisation), Input,
            () => directory.UpdateAsync(organisation, details));
        if (Conflict is not null)
        {
            Version = organisation.Version;
            Choices = Choices.For(acting.Current);
            return Page();
        }
        TempData["Success"] = "Organisation details saved";
        return Redirect(Links.Organisation(Id));
    }
}
