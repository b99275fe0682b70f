using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>The library: the region's materials and every national one, searched and filtered; retired ones on request.</summary>
public sealed class IndexModel(MaterialLibrary library, EngagementDirectory lists) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public bool Retired { get; set; }
    [BindProperty(SupportsGet = true)] public bool Due { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Material> Items { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    public int TotalPages => Math.Max(1, (Total + MaterialSearch.PageSize - 1) / MaterialSearch.PageSize);

    public string PageHref => "?page={0}" + (string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q)) + (Kind is null ? "" : "&kind=" + Uri.EscapeDataString(Kind))
        + (Topic is null ? "" : "&topic=" + Uri.EscapeDataString(Topic)) + (Retired ? "&retired=true" : "") + (Due ? "&due=true" : "");

    public async Task OnGetAsync()
    {
        Topics = (await lists.ListAsync(ManagedListKind.Topic)).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
        (Items, Total) = await library.SearchAsync(new MaterialSearch(Q, ListValue.Parse<MaterialKind>(Kind), Guid.TryParse(Topic, out var t) ? t : null,
            IncludeRetired: Retired, DueForReview: Due, Page: PageNumber));
    }
}
