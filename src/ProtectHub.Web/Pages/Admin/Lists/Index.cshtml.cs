using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Admin.Lists;

/// <summary>Coordinators extend the topic and campaign lists, and retire entries no longer used.</summary>
public sealed class IndexModel(EngagementDirectory directory) : PageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<ManagedListItem> Items { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } = [new("Topics", nameof(ManagedListKind.Topic)), new("Campaigns and materials", nameof(ManagedListKind.Campaign))];

    public async Task OnGetAsync() => Items = await directory.AllListItemsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var kind = Enum.TryParse<ManagedListKind>(Kind, out var k) ? k : (ManagedListKind?)null;
        ModelState.AddFieldErrors(null, await directory.AddListItemAsync(kind, Name));
        if (!ModelState.IsValid)
        {
            Items = await directory.AllListItemsAsync();
            return Page();
        }

        TempData["Success"] = $"{Name!.Trim()} added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid itemId, bool retired)
    {
        await directory.SetRetiredAsync(itemId, retired);
        TempData["Success"] = retired ? "Entry retired" : "Entry restored";
        return RedirectToPage();
    }
}
