using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>
/// Ticks off the follow-up actions selected on the home page in one go (the user's own; the single "Done" buttons let
/// a colleague cover). In the Engagements folder so that its policy decides who may, as for the single ones.
/// </summary>
public sealed class CompleteActionsModel(EngagementDirectory engagements) : PageModel
{
    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (Ids.Count == 0)
        {
            return Redirect("/?error=no-actions-selected");
        }

        var done = await engagements.CompleteActionsAsync(Ids, Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!));
        TempData["Success"] = done == 1 ? "1 follow-up action marked as done" : $"{done} follow-up actions marked as done";
        return Redirect("/");
    }
}
