using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Prevent;

public sealed class IndexModel(PreventCaseList cases, TimeProvider time) : PreventPageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assigned { get; set; }
    [BindProperty(SupportsGet = true)] public bool Safeguarding { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PreventCase> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";
    public DateOnly Today { get; private set; }

    public IReadOnlyList<SelectListItem> Statuses { get; } = PreventChoices.Of<PreventCaseStatus>(PreventNames.Of);
    public IReadOnlyList<SelectListItem> Assignments { get; } = [new("Assigned to me", "mine"), new("Not assigned", "unassigned")];

    public async Task OnGetAsync()
    {
        Today = time.UkToday();
        PageNumber = Paging.ClampPage(PageNumber, PageSize);
        (Items, Total) = await cases.SearchAsync(new PreventCaseSearch
        {
            Text = Q,
            Status = Parse<PreventCaseStatus>(Status),
            AssignedTo = Assigned == "mine" ? Me : null,
            UnassignedOnly = Assigned == "unassigned",
            SafeguardingOnly = Safeguarding,
            Page = PageNumber,
            PageSize = PageSize,
        });
        TotalPages = Math.Max(1, (Math.Min(Total, Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q), ("Status", Status), ("Assigned", Assigned), ("Safeguarding", Safeguarding ? "true" : null));
    }
}
