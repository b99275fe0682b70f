using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Contacts;

/// <summary>One contact. Opening it is audited as a view of personal data (by the read-audit filter).</summary>
public sealed class DetailsModel(OrganisationProfile profile, Core.Registrations.EventRegistrations registrations) : PageModel
{
    public Contact Contact { get; private set; } = null!;

    /// <summary>CPD events of the region the contact attended, and the hours they earned.</summary>
    public (IReadOnlyList<(Guid EngagementId, string Title, DateTimeOffset StartsAt, decimal Hours)> Events, decimal Hours) Cpd { get; private set; } = ([], 0);

    public async Task<IActionResult> OnGetAsync()
    {
        var contact = HttpContext.GetRecord<Contact>();
        if (contact.MergedIntoId is { } kept)
        {
            return Redirect(Links.Contact(kept));
        }

        await profile.LoadOrganisationAsync(contact);
        Contact = contact;
        Cpd = await registrations.CpdRecordAsync(contact.Id);
        return Page();
    }
}
