using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Requests;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Requests.Records;

/// <summary>A supervisor triages a new request (accept to an officer or team, decline, redirect) or reassigns an accepted one.</summary>
public sealed class TriageModel(RequestTriage triage) : RequestPageModel
{
    [BindProperty] public string? OfficerId { get; set; }
    [BindProperty] public string? Team { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? RedirectNote { get; set; }
    [BindProperty] public string? RedirectedTo { get; set; }

    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Item.IsOpen)
        {
            return Redirect(Links.Request(Item.Id));
        }

        OfficerId = Item.AssignedOfficerId?.ToString();
        Team = Item.AssignedTeam?.ToString();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync() =>
        await AfterAsync(await triage.AcceptAsync(Item, OfficerChoice(), ListValue.Parse<Team>(Team), MyName), "Request accepted", decision: true);

    public async Task<IActionResult> OnPostReassignAsync() =>
        await AfterAsync(await triage.ReassignAsync(Item, OfficerChoice(), ListValue.Parse<Team>(Team)), "Request reassigned", decision: false);

    public async Task<IActionResult> OnPostDeclineAsync() =>
        await AfterAsync(await triage.DeclineAsync(Item, Reason, MyName), "Request declined", decision: true);

    public async Task<IActionResult> OnPostRedirectAsync() =>
        await AfterAsync(await triage.RedirectAsync(Item, RedirectedTo, RedirectNote, MyName), "Request redirected", decision: true);

    private Guid? OfficerChoice() => Guid.TryParse(OfficerId, out var id) ? id : null;

    private async Task<IActionResult> AfterAsync(IReadOnlyList<FieldError> errors, string success, bool decision)
    {
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        // A decision is emailed to the requester when they gave an address and the relay took it; a reassignment is not.
        var told = decision && Item.LastEmailedAt is { } at && Item.TriagedAt is { } triaged && at >= triaged;
        TempData["Success"] = success + (told ? ": the requester has been emailed" : "");
        return Redirect(Links.Request(Item.Id));
    }

    private async Task LoadAsync() =>
        Officers = (await triage.AssignableOfficersAsync()).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
}
