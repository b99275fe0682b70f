using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>Users of the administrator's region (the region filter does the scoping), searchable and paged.</summary>
public sealed class IndexModel(ProtectHubDbContext db) : PageModel
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
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Users = await query.OrderBy(u => u.DisplayName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
