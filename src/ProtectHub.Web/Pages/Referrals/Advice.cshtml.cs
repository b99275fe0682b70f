using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>The advice checklist that fits the offence, and the services the victim was signposted to.</summary>
public sealed class AdviceModel(ReferralCasework casework) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public List<string> Advice { get; set; } = [];

    [BindProperty]
    public List<string> Signposts { get; set; } = [];

    public VictimReferral Referral => HttpContext.GetRecord<VictimReferral>();
    public IReadOnlyList<SelectListItem> AdviceChoices { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SignpostChoices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Advice = Referral.AdviceGiven.Select(a => a.ToString()).ToList();
        Signposts = Referral.Signposted.Select(s => s.ToString()).ToList();
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await casework.RecordAdviceAsync(Referral, Guids(Advice), Guids(Signposts)));
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = "Advice and signposting recorded";
        return Redirect(Links.Referral(Id));
    }

    private async Task LoadChoicesAsync()
    {
        var category = Referral.OffenceCategory;
        // Retired entries stay offered only where this referral already has them, so a record never loses its history.
        var victimType = Referral.VictimType;
        // What fits the offence and the kind of victim (an individual is not offered Cyber Essentials; an organisation is).
        AdviceChoices = (await casework.AdviceListAsync(AdviceKind.Advice)).Where(i => (i.Fits(category, victimType) && !i.IsRetired) || Referral.AdviceGiven.Contains(i.Id))
            .Select(i => new SelectListItem(i.Text, i.Id.ToString())).ToList();
        SignpostChoices = (await casework.AdviceListAsync(AdviceKind.Signpost)).Where(i => (i.Fits(category, victimType) && !i.IsRetired) || Referral.Signposted.Contains(i.Id))
            .Select(i => new SelectListItem(i.Text, i.Id.ToString())).ToList();
    }

    private static List<Guid> Guids(IEnumerable<string> values) => values.Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList();
}
