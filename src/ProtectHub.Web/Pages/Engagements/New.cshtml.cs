using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class NewModel(EngagementDirectory directory, ProtectHubDbContext db) : PageModel
{
    [BindProperty]
    public EngagementForm Input { get; set; } = new();

    public EngagementForm.Choices Choices { get; private set; } = null!;

    /// <summary>Set when planning from an organisation's page, which then starts chosen.</summary>
    [FromQuery]
    public Guid? OrganisationId { get; set; }

    public async Task OnGetAsync()
    {
        if (OrganisationId is { } organisationId)
        {
            Input.OrganisationIds = [organisationId.ToString()];
        }

        Input.LeadOfficerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Input.ForceCode = User.FindFirstValue(ProtectHub.Web.Access.ProtectHubClaims.Force);
        Choices = await EngagementForm.Choices.LoadAsync(db, directory, Input.OrganisationIds);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));
        if (!ModelState.IsValid)
        {
            Choices = await EngagementForm.Choices.LoadAsync(db, directory, Input.OrganisationIds);
            return Page();
        }

        var engagement = await directory.CreateAsync(details);
        TempData["Success"] = "Engagement planned";
        return Redirect(Links.Engagement(engagement.Id));
    }
}
