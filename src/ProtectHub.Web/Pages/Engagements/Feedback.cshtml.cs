using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>Feedback across the region's engagements: mean confidence uplift with the number of responses, by topic and by engagement.</summary>
public sealed class FeedbackModel(FeedbackForms forms) : PageModel
{
    /// <summary>The date filters as typed (GOV.UK date inputs), read by <see cref="DateFilter"/>.</summary>
    public DateInput From { get; private set; } = new();

    public DateInput To { get; private set; } = new();

    private DateOnly? _from;
    private DateOnly? _to;

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public FeedbackSummary Overall { get; private set; } = null!;
    public IReadOnlyList<EngagementFeedback> Engagements { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Teams { get; } = Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList();

    public async Task OnGetAsync()
    {
        (From, To, _from, _to) = DateFilter.ReadRange(Request, ModelState);

        (Overall, Engagements) = await forms.AggregateAsync(_from, _to, Enum.TryParse<Team>(Team, out var team) ? team : null);
    }
}
