using ProtectHub.Core.Advisories;

namespace ProtectHub.Web.Pages.Advisories;

public sealed class IndexModel(AdvisoryList list) : AdvisoryPageModel
{
    public IReadOnlyList<AdvisoryRow> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await list.OfRegionAsync();
}
