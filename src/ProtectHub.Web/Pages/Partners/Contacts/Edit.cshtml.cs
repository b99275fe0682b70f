using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Contacts;

public sealed class EditModel(ContactDirectory directory, OrganisationNames organisations, RecordChanges changes) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ContactForm Input { get; set; } = new();

    /// <summary>The version of the record the form was filled from.</summary>
    [BindProperty]
    public long Version { get; set; }

    public EditConflict? Conflict { get; private set; }

    public ContactForm.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Input = ContactForm.From(HttpContext.GetRecord<Contact>());
        Version = HttpContext.GetRecord<Contact>().Version;
        Choices = await ContactForm.Choices.LoadAsync(organisations);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var contact = HttpContext.GetRecord<Contact>();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));
        if (!ModelState.IsValid)
        {
            Choices = await ContactForm.Choices.LoadAsync(organisations);
            return Page();
        }

        Conflict = await EditConflict.SaveUnlessChangedAsync(changes, contact, Version, () => ContactForm.From(contact), Input,
            () => directory.UpdateAsync(contact, details));
        if (Conflict is not null)
        {
            Version = contact.Version;
            Choices = await ContactForm.Choices.LoadAsync(organisations);
            return Page();
        }
        TempData["Success"] = "Contact details saved";
        return Redirect(Links.Contact(Id));
    }
}
