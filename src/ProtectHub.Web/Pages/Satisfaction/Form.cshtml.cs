using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.Satisfaction;

/// <summary>
/// The victim's satisfaction question: no sign-in, reached only through the link the officer gave them, rate limited,
/// showing nothing of the referral. An unknown link is a plain 404.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
public sealed class FormModel(VictimSatisfaction satisfaction) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Satisfaction { get; set; }

    [BindProperty]
    public string? FeelsSafer { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    public bool AlreadyAnswered { get; private set; }

    public IReadOnlyList<SelectListItem> Scale { get; } =
    [
        new("Very satisfied", "5"), new("Satisfied", "4"), new("Neither satisfied nor dissatisfied", "3"), new("Dissatisfied", "2"), new("Very dissatisfied", "1"),
    ];

    public IReadOnlyList<SelectListItem> Safer { get; } = [new("Yes", "yes"), new("No", "no"), new("Not sure", "not sure")];

    public async Task<IActionResult> OnGetAsync()
    {
        var referral = await satisfaction.FindByTokenAsync(Token);
        if (referral is null)
        {
            return NotFound();
        }

        AlreadyAnswered = referral.SatisfactionAt is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var referral = await satisfaction.FindByTokenAsync(Token);
        if (referral is null)
        {
            return NotFound();
        }

        var score = int.TryParse(Satisfaction, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        ModelState.AddFieldErrors(null, await satisfaction.AnswerAsync(referral, score, FeelsSafer, Comments));
        return ModelState.IsValid ? Redirect("/satisfaction/thank-you") : Page();
    }
}
