using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>
/// Ticks off a follow-up action (the "Done" buttons on the home page). It lives in the Engagements folder so the folder's
/// policy (a role that works partners, with current vetting) decides who may, as for every other engagement change;
/// anyone in the region may cover for a colleague, and the region filter stops everyone else.
/// </summary>
public sealed class CompleteActionModel(EngagementDirectory engagements) : PageModel
{
    [FromRoute]
    public Guid ActionId { get; set; }

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        TempData["Success"] = await engagements.CompleteActionAsync(ActionId) ? "Action marked as done" : null;
        return Redirect("/");
    }
}
