using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Campaigns;

namespace ProtectHub.Web.Pages.Campaigns;

/// <summary>The region's campaigns, newest first: current and upcoming by default, every one on request.</summary>
public sealed class IndexModel(CampaignList list) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Campaign> Items { get; private set; } = [];
    public int Total { get; private set; }

    public int TotalPages => Math.Max(1, (Total + CampaignList.PageSize - 1) / CampaignList.PageSize);

    public string PageHref => "?page={0}" + (string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q)) + (All ? "&all=true" : "");

    public async Task OnGetAsync() => (Items, Total) = await list.SearchAsync(Q, currentOnly: !All, PageNumber);
}
