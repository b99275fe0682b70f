using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>Users of the administrator's region (the region filter does the scoping), searchable and paged.</summary>
public sealed class IndexModel(Colleagues colleagues) : PageModel
{
    private const int PageSize = 25;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AppUser> Users { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }

    public async Task OnGetAsync()
    {
        int page;
        (Users, Total, page) = await colleagues.SearchAsync(Q, PageNumber, PageSize);
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = page;
    }
}
