using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Victims;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>The follow-up letter: read it, print it, or email it to the victim.</summary>
public sealed class LetterModel(FollowUpLetters letters) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public VictimReferral Referral => HttpContext.GetRecord<VictimReferral>();
    public string Subject { get; private set; } = "";
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public string? CannotEmail { get; private set; }

    public async Task OnGetAsync()
    {
        var (subject, body) = await letters.ComposeAsync(Referral);
        Subject = subject;
        Paragraphs = body.Split(Environment.NewLine + Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        CannotEmail = await letters.CannotEmailAsync(Referral);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await letters.EmailAsync(Referral) is { } reason)
        {
            ModelState.AddModelError("", reason);
            await OnGetAsync();
            return Page();
        }

        TempData["Success"] = $"Letter emailed to {Referral.Email}";
        return Redirect(Links.Referral(Id));
    }
}
