using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Requests;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Hosting;
using ProtectHub.Web.Pages.Requests;

namespace ProtectHub.Web.Pages.RequestPublic;

/// <summary>
/// The form behind a partner's secure request link: no account, rate limited, a plain 404 for an unknown or revoked
/// link (or an intelligence link), and nothing shown but the organisation's own name.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
public sealed class FormModel(RequestIntake intake) : RequestFormPage
{
    [FromRoute] public string Token { get; set; } = "";

    public string OrganisationName { get; private set; } = "";

    public override bool AskedByThem => true;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await intake.FindLinkAsync(Token) is not { } link)
        {
            return NotFound();
        }

        OrganisationName = link.OrganisationName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await intake.FindLinkAsync(Token) is not { } link)
        {
            return NotFound();
        }

        OrganisationName = link.OrganisationName;
        var form = FormWith(null, null);
        if (!ModelState.IsValid)
        {
            ModelState.AddFieldErrors(null, intake.Check(form, fromPartner: true));
            return Page();
        }

        var (request, errors) = await intake.SubmitAsync(link, form);
        ModelState.AddFieldErrors(null, errors);
        if (request is null)
        {
            return Page();
        }

        TempData["Reference"] = request.Reference;
        return RedirectToPage("/RequestPublic/Sent");
    }
}
