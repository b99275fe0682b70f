using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

public sealed class NewAttemptModel(ReferralCasework casework) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>When the attempt was made, if not just now (a call made from the road, recorded back at the office).</summary>
    [BindProperty]
    public DateInput On { get; set; } = new();

    [BindProperty]
    public string? Time { get; set; }

    public VictimReferral Referral => HttpContext.GetRecord<VictimReferral>();
    public IReadOnlyList<SelectListItem> Methods { get; } = Enum.GetValues<ContactMethod>().Select(m => new SelectListItem(m.ToString(), m.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Outcomes { get; } = Enum.GetValues<ContactOutcome>().Select(o => new SelectListItem(VictimNames.Of(o), o.ToString())).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var at = When();
        if (!ModelState.IsValid)
        {
            return Page(); // A date or time that cannot be read: nothing is recorded, not even "now".
        }

        ModelState.AddFieldErrors(null, await casework.RecordAttemptAsync(Referral,
            Enum.TryParse<ContactMethod>(Method, out var method) ? method : null,
            Enum.TryParse<ContactOutcome>(Outcome, out var outcome) ? outcome : null,
            Notes, Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), at));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Contact attempt recorded";
        return Redirect(Links.Referral(Id));
    }

    /// <summary>The UK date and time entered, as an instant; null for now. A wrong date or time is a model error.</summary>
    private DateTimeOffset? When() => MomentInput.Read(ModelState, On, Time, nameof(On), nameof(Time), "the attempt");
}
