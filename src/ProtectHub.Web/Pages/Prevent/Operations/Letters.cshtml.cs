using ProtectHub.Core.Prevent;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Operations;

/// <summary>Every warning letter of a list as one document to print, a letter to a page; opening it records them as printed.</summary>
public sealed class LettersModel(OperationLists lists) : PreventPageModel
{
    public OperationList List => HttpContext.GetRecord<OperationList>();

    public IReadOnlyList<(OperationListEntry Entry, string Letter)> Letters { get; private set; } = [];

    public async Task OnGetAsync() => Letters = await lists.PrintAsync(List, HttpContext.RequestAborted);
}
