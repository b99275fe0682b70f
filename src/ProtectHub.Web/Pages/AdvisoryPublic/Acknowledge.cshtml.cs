using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.AdvisoryPublic;

/// <summary>
/// A recipient's acknowledgement, through the link in their own email: the link shows the answer it stands for and a
/// button to confirm it (a mail scanner following links records nothing). An unknown link is a plain 404.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
public sealed class AcknowledgeModel(AdvisoryResponses responses) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Answer { get; set; }

    public string Title { get; private set; } = "";
    public Core.Sharing.TlpMarking Tlp { get; private set; }
    public Acknowledgement? Recorded { get; private set; }

    public static string Words(Acknowledgement answer) => answer switch
    {
        Acknowledgement.Received => "We have received it",
        Acknowledgement.ActedOn => "We have acted on it",
        _ => "It is not relevant to us",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await responses.FindAsync(Token) is not { } found)
        {
            return NotFound();
        }

        (Title, Tlp, Recorded) = (found.Advisory.Title, found.Advisory.Tlp ?? Core.Sharing.TlpMarking.Red, found.Message.Acknowledgement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await responses.FindAsync(Token) is not { } found)
        {
            return NotFound();
        }

        (Title, Tlp) = (found.Advisory.Title, found.Advisory.Tlp ?? Core.Sharing.TlpMarking.Red);
        if (!Enum.TryParse<Acknowledgement>(Answer, out var answer) || !Enum.IsDefined(answer) || int.TryParse(Answer, out _))
        {
            ModelState.AddModelError(nameof(Answer), "Select your answer");
            return Page();
        }

        await responses.AcknowledgeAsync(found.Message, answer);
        Recorded = answer;
        return Page();
    }
}
