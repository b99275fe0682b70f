using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

public sealed class DetailsModel(ReferralQueue queue, ReferralAssignment assignment, ReferralCasework casework, ReferralRuleBook ruleBook, RepeatVictims repeatVictims, VictimSatisfaction satisfaction, IAuthorizationService authorization) : PageModel
{
    public VictimReferral Referral { get; private set; } = null!;
    public string ForceName { get; private set; } = "";
    public IReadOnlyList<ContactAttempt> Attempts { get; private set; } = [];
    public IReadOnlyList<(ReferralLink Link, VictimReferral Other)> Links { get; private set; } = [];
    public IReadOnlyList<string> Advice { get; private set; } = [];
    public IReadOnlyList<string> Signposts { get; private set; } = [];
    public bool CanSupervise { get; private set; }
    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public ReferralRules Rules { get; private set; } = null!;

    [BindProperty]
    public string? OfficerId { get; set; }

    public async Task OnGetAsync()
    {
        var r = Referral = HttpContext.GetRecord<VictimReferral>();
        Today = queue.Today;
        Rules = await ruleBook.RulesAsync();
        ForceName = ProtectHub.Core.Regions.PoliceReferenceData.ForceName(r.ForceCode);
        Attempts = await casework.AttemptsAsync(r.Id);
        Links = await queue.LinksAsync(r.Id);
        (Advice, Signposts) = await casework.AdviceRecordedAsync(r);
        CanSupervise = (await authorization.AuthorizeAsync(User, Policies.SuperviseReferrals)).Succeeded;
        if (CanSupervise)
        {
            // Only people who may work this referral: its team, current vetting (the same rule the assignment checks).
            Officers = (await assignment.AssigneesAsync(r)).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        }
    }

    /// <summary>An officer takes the referral themselves.</summary>
    public async Task<IActionResult> OnPostPickAsync()
    {
        var referral = HttpContext.GetRecord<VictimReferral>();
        ModelState.AddFieldErrors(null, await assignment.PickAsync(referral, Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!)));
        return await AfterAsync(referral, "Referral assigned to you");
    }

    /// <summary>A supervisor gives the referral to an officer.</summary>
    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.SuperviseReferrals)).Succeeded)
        {
            return Forbid();
        }

        var referral = HttpContext.GetRecord<VictimReferral>();
        ModelState.AddFieldErrors(null, await assignment.AssignAsync(referral, Guid.TryParse(OfficerId, out var id) ? id : null));
        return await AfterAsync(referral, $"Referral assigned to {referral.AssignedToName}");
    }

    public string? SatisfactionUrl => Referral.SatisfactionToken is { } token ? $"{Request.Scheme}://{Request.Host}/satisfaction/{token}" : null;

    public async Task<IActionResult> OnPostIssueSatisfactionAsync()
    {
        var referral = HttpContext.GetRecord<VictimReferral>();
        await satisfaction.IssueAsync(referral);
        TempData["Success"] = "Satisfaction link created: give it to the victim";
        return Redirect(ProtectHub.Web.Records.Links.Referral(referral.Id));
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid linkId, bool confirm)
    {
        var referral = HttpContext.GetRecord<VictimReferral>();
        if (!await repeatVictims.DecideAsync(referral, linkId, confirm))
        {
            return NotFound();
        }

        TempData["Success"] = confirm ? "Link confirmed: the same victim" : "Link rejected: it will not be suggested again";
        return Redirect(ProtectHub.Web.Records.Links.Referral(referral.Id));
    }

    private async Task<IActionResult> AfterAsync(VictimReferral referral, string success)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(ProtectHub.Web.Records.Links.Referral(referral.Id));
    }
}
