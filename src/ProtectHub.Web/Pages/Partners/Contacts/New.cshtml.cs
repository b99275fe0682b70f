using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Contacts;

/// <summary>Adds a contact, warning first when the email or the name at the same organisation is already held.</summary>
public sealed class NewModel(ContactDirectory directory, OrganisationNames organisations) : PageModel
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    [BindProperty]
    public List<string> ConfirmDifferent { get; set; } = [];

    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; set; }

    public ContactForm.Choices Choices { get; private set; } = null!;
    public IReadOnlyList<ContactDirectory.Duplicate> Duplicates { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ConfirmChoices { get; } = [new("Yes, this is a different person", "yes")];

    public async Task OnGetAsync()
    {
        Input.OrganisationId = OrganisationId?.ToString();
        Choices = await ContactForm.Choices.LoadAsync(organisations);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));
        if (ModelState.IsValid && !ConfirmDifferent.Contains("yes"))
        {
            Duplicates = await directory.FindDuplicatesAsync(details);
        }

        if (!ModelState.IsValid || Duplicates.Count > 0)
        {
            Choices = await ContactForm.Choices.LoadAsync(organisations);
            return Page();
        }

        var contact = await directory.CreateAsync(details);
        TempData["Success"] = $"{contact.FullName} has been added";
        return Redirect(Links.Contact(contact.Id));
    }
}
