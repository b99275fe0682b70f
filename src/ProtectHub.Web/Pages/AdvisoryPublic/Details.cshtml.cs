using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Advisories;

namespace ProtectHub.Web.Pages.AdvisoryPublic;

public sealed class DetailsModel(AdvisoryList list) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public Advisory Item { get; private set; } = null!;
    public IReadOnlyList<AdvisoryIndicator> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await list.PublicOneAsync(Id) is not { } advisory)
        {
            return NotFound();
        }

        Item = advisory;
        Indicators = await list.PublicIndicatorsAsync(Id);
        return Page();
    }
}
