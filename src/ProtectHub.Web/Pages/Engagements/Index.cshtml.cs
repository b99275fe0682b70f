using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class IndexModel(EngagementDirectory directory) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    /// <summary>The date filters as typed (GOV.UK date inputs), read by <see cref="DateFilter"/>.</summary>
    public DateInput From { get; private set; } = new();

    public DateInput To { get; private set; } = new();

    private DateOnly? _from;
    private DateOnly? _to;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Engagement> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public IReadOnlyList<SelectListItem> Statuses { get; } = Enum.GetValues<EngagementStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Kinds { get; } = Enum.GetValues<EngagementKind>().Select(k => new SelectListItem(EngagementNames.Of(k), k.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Teams { get; } = Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList();

    public async Task OnGetAsync()
    {
        (From, To, _from, _to) = DateFilter.ReadRange(Request, ModelState);

        PageNumber = ProtectHub.Core.Data.Paging.ClampPage(PageNumber, PageSize);
        (Items, Total) = await directory.SearchAsync(new EngagementSearch
        {
            Text = Q,
            Status = Enum.TryParse<EngagementStatus>(Status, out var status) ? status : null,
            Kind = Enum.TryParse<EngagementKind>(Kind, out var kind) ? kind : null,
            Team = Enum.TryParse<Team>(Team, out var team) ? team : null,
            From = _from,
            To = _to,
            Page = PageNumber,
            PageSize = PageSize,
        });
        TotalPages = Math.Max(1, (Math.Min(Total, ProtectHub.Core.Data.Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q), ("Status", Status), ("Kind", Kind), ("Team", Team), ("From", DateFilter.Link(_from)), ("To", DateFilter.Link(_to)));
    }
}
