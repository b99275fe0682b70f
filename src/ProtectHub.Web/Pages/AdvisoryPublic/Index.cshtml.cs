using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Advisories;

namespace ProtectHub.Web.Pages.AdvisoryPublic;

/// <summary>Issued TLP:CLEAR advisories of every region: no sign-in, nothing else ever shown.</summary>
public sealed class IndexModel(AdvisoryList list) : PageModel
{
    public IReadOnlyList<Advisory> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await list.PublicAsync();
}
