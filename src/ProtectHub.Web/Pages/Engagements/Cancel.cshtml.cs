using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class CancelModel(EngagementDirectory directory) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string EngagementTitle => HttpContext.GetRecord<Engagement>().Title;

    /// <summary>Only a planned engagement can be cancelled; for any other the page says so and offers no form.</summary>
    public bool MayCancel => HttpContext.GetRecord<Engagement>().Status == EngagementStatus.Planned;

    public void OnGet()
    {
        if (!MayCancel)
        {
            ModelState.AddModelError("", $"Only a planned engagement can be cancelled; this one is {HttpContext.GetRecord<Engagement>().Status.ToString().ToLowerInvariant()}");
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var reason = ReasonInput.Validate(ModelState, nameof(Reason), Reason, "Enter why the engagement was cancelled");
        if (reason is not null)
        {
            ModelState.AddFieldErrors(null, await directory.CancelAsync(HttpContext.GetRecord<Engagement>(), reason));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Engagement cancelled";
        return Redirect(Links.Engagement(Id));
    }
}
