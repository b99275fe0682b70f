using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Data;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Intelligence;

public sealed class IndexModel(IntelligenceList list) : IntelligencePageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<IntelligenceRow> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public async Task OnGetAsync()
    {
        PageNumber = Paging.ClampPage(PageNumber, PageSize);
        (Items, Total) = await list.SearchAsync(new IntelligenceSearch
        {
            Subject = Subject,
            Reference = Reference,
            Status = Parse<IntelligenceStatus>(Status),
            Page = PageNumber,
            PageSize = PageSize,
        });
        TotalPages = Math.Max(1, (Math.Min(Total, Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Subject", Subject), ("Reference", Reference), ("Status", Status));
    }
}
