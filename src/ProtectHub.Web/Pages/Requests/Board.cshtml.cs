using ProtectHub.Core.Requests;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>The supervisors' tasking board: what waits for triage, and open requests by officer with counts and age.</summary>
public sealed class BoardModel(RequestList list, TimeProvider time) : RequestPageModel
{
    public TaskingBoard Board { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = time.UkToday();
        Board = await list.BoardAsync();
    }
}
