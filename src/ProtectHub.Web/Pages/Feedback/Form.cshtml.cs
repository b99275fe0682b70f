using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.Feedback;

/// <summary>
/// The public feedback form: no sign-in, reached only through the engagement's unguessable link, rate limited, and
/// showing nothing but the engagement's title, date and topics. An unknown link is a plain 404.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
public sealed class FormModel(FeedbackForms forms) : PageModel
{
    public sealed record TopicChoice(Guid Id, string Name);

    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public Guid SubmissionId { get; set; }

    [BindProperty]
    public string? IntendedActions { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    public string EngagementTitle { get; private set; } = "";
    public string EngagementDate { get; private set; } = "";
    public IReadOnlyList<TopicChoice> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        SubmissionId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } engagement)
        {
            return NotFound();
        }

        var ratings = engagement.TopicIds.ToDictionary(t => t, t => (Score($"Before[{t}]"), Score($"After[{t}]")));
        var errors = await forms.SubmitAsync(engagement, SubmissionId == Guid.Empty ? Guid.NewGuid() : SubmissionId, ratings, IntendedActions, Comments);
        ModelState.AddFieldErrors(null, errors);
        return ModelState.IsValid ? RedirectToPage("/Feedback/ThankYou") : Page();
    }

    private int? Score(string key) =>
        int.TryParse(Request.Form[key].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;

    private async Task<Engagement?> LoadAsync()
    {
        var engagement = await forms.FindByTokenAsync(Token);
        if (engagement is null)
        {
            return null;
        }

        EngagementTitle = engagement.Title;
        EngagementDate = engagement.StartsAt.ToUkDate();
        var names = await forms.TopicNamesAsync(engagement);
        Topics = engagement.TopicIds.Where(names.ContainsKey).Select(t => new TopicChoice(t, names[t])).OrderBy(t => t.Name).ToList();
        return engagement;
    }
}
