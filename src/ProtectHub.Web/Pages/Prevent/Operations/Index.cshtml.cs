using ProtectHub.Core.Prevent;

namespace ProtectHub.Web.Pages.Prevent.Operations;

public sealed class IndexModel(OperationLists lists) : PreventPageModel
{
    public IReadOnlyList<OperationLists.Summary> Lists { get; private set; } = [];

    public async Task OnGetAsync() => Lists = await lists.AllAsync();
}
