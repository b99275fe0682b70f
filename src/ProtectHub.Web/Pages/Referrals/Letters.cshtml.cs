using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>
/// The follow-up letters of the referrals selected in the queue, one after another in one printable document (each on
/// its own page when printed). Each referral read is audited, as on its own letter page.
/// </summary>
public sealed class LettersModel(FollowUpLetters letters) : PageModel
{
    public const int Limit = 100;

    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    public IReadOnlyList<(VictimReferral Referral, string Subject, IReadOnlyList<string> Paragraphs)> Letters { get; private set; } = [];

    public IActionResult OnGet() => Redirect("/referrals");

    public async Task<IActionResult> OnPostAsync()
    {
        if (Ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Ids), "Select the referrals whose letters you want: tick them in the queue");
            return Page();
        }

        if (Ids.Count > Limit)
        {
            ModelState.AddModelError(nameof(Ids), $"Select at most {Limit} referrals at a time");
            return Page();
        }

        Letters = (await letters.ComposeAllAsync(Ids.Distinct().ToList()))
            .Select(l => (l.Referral, l.Subject, (IReadOnlyList<string>)l.Body.Split(Environment.NewLine + Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        return Page();
    }
}
