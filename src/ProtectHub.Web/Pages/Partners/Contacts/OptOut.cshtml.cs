using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Contacts;

public sealed class OptOutModel(ContactDirectory directory) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string FullName => HttpContext.GetRecord<Contact>().FullName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var reason = ReasonInput.Validate(ModelState, nameof(Reason), Reason, "Enter how they asked to opt out");
        if (reason is null)
        {
            return Page();
        }

        await directory.OptOutAsync(HttpContext.GetRecord<Contact>(), reason);
        TempData["Success"] = "Opt-out recorded";
        return Redirect(Links.Contact(Id));
    }
}
