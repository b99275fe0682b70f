using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Requests;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>An officer records a request that came by phone, email or a meeting.</summary>
public sealed class NewModel(RequestIntake intake, OrganisationNames organisations) : RequestFormPage
{
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? OrganisationId { get; set; }

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public override bool AskedByThem => false;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var organisationId = Guid.TryParse(OrganisationId, out var id) ? id : (Guid?)null;
        var form = FormWith(ListValue.Parse<RequestSource>(Source), organisationId);
        if (!string.IsNullOrEmpty(OrganisationId) && organisationId is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), "Select one of your region's partner organisations, or none");
        }

        var region = User.FindFirstValue(ProtectHubClaims.Region) ?? "";
        if (ModelState.IsValid)
        {
            var (request, errors) = await intake.RecordAsync(form, region, User.Identity?.Name ?? "");
            ModelState.AddFieldErrors(null, errors);
            if (request is not null)
            {
                TempData["Success"] = $"Request {request.Reference} recorded: it waits for a supervisor's triage";
                return Redirect(Links.Request(request.Id));
            }
        }
        else
        {
            // Show every field's error at once, not only the date's.
            ModelState.AddFieldErrors(null, intake.Check(form, fromPartner: false));
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Organisations = (await organisations.ChoicesAsync()).ToChoices();
}
