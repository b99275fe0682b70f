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
public sealed class LettersModel(FollowUpLetters letters, ProtectHubDbContext db) : PageModel
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

        var ids = Ids.Distinct().ToList();
        // Tracked reads, so the read-audit records each referral whose letter is shown; the region filter hides others'.
        var referrals = await db.Set<VictimReferral>().Where(r => ids.Contains(r.Id)).OrderBy(r => r.CrimeReference).ToListAsync();
        var composed = new List<(VictimReferral, string, IReadOnlyList<string>)>();
        foreach (var referral in referrals)
        {
            var (subject, body) = await letters.ComposeAsync(referral);
            composed.Add((referral, subject, body.Split(Environment.NewLine + Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)));
        }

        Letters = composed;
        return Page();
    }
}
