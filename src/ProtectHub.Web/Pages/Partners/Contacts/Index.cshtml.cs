using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Partners.Contacts;

public sealed class IndexModel(ContactDirectory directory) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Contact> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(PageNumber, 1);
        (Items, Total) = await directory.SearchAsync(Q, null, PageNumber, PageSize);
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q));
    }
}
