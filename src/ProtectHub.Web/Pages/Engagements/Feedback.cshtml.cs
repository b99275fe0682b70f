using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>Feedback across the region's engagements: mean confidence uplift with the number of responses, by topic and by engagement.</summary>
public sealed class FeedbackModel(FeedbackForms forms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public FeedbackSummary Overall { get; private set; } = null!;
    public IReadOnlyList<EngagementFeedback> Engagements { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Teams { get; } = Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList();

    public async Task OnGetAsync()
    {
        foreach (var key in new[] { nameof(From), nameof(To) })
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                ModelState.Remove(key);
                ModelState.AddModelError(key, $"{key} must be a real date, like 2026-04-01");
            }
        }

        (Overall, Engagements) = await forms.AggregateAsync(From, To, Enum.TryParse<Team>(Team, out var team) ? team : null);
    }
}
