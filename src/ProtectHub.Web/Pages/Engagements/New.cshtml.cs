using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Requests;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class NewModel(EngagementDirectory directory, EngagementChoices choices, RequestWork requests) : PageModel
{
    [BindProperty]
    public EngagementForm Input { get; set; } = new();

    public EngagementForm.Choices Choices { get; private set; } = null!;

    /// <summary>Set when planning from an organisation's page, which then starts chosen.</summary>
    [FromQuery]
    public Guid? OrganisationId { get; set; }

    /// <summary>Set when planning the engagement that answers an accepted request, which is then linked to it.</summary>
    [FromQuery]
    public Guid? RequestId { get; set; }

    /// <summary>The request being answered: its reference and title.</summary>
    public string? Answering { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (OrganisationId is { } organisationId)
        {
            Input.OrganisationIds = [organisationId.ToString()];
        }

        if (RequestId is { } requestId)
        {
            if (await requests.AnswerableAsync(requestId) is not { } request)
            {
                return NotFound();
            }

            Answering = $"{request.Reference}: {request.Title}";
            Input.Title ??= request.Title;
        }

        Input.LeadOfficerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Input.ForceCode = User.FindFirstValue(ProtectHub.Web.Access.ProtectHubClaims.Force);
        Choices = await EngagementForm.Choices.LoadAsync(choices, Input.OrganisationIds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = RequestId is { } id ? await requests.AnswerableAsync(id) : null;
        if (RequestId is not null && request is null)
        {
            return NotFound();
        }

        Answering = request is null ? null : $"{request.Reference}: {request.Title}";
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));
        if (!ModelState.IsValid)
        {
            Choices = await EngagementForm.Choices.LoadAsync(choices, Input.OrganisationIds);
            return Page();
        }

        var engagement = await directory.CreateAsync(details);
        if (request is not null)
        {
            ModelState.AddFieldErrors(nameof(Input), await requests.LinkEngagementAsync(request.Id, engagement.Id));
        }

        TempData["Success"] = request is null ? "Engagement planned" : $"Engagement planned: it answers request {request.Reference}";
        return Redirect(Links.Engagement(engagement.Id));
    }
}
