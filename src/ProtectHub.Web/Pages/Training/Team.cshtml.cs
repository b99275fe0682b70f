using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Time;
using ProtectHub.Core.Training;

namespace ProtectHub.Web.Pages.Training;

/// <summary>The team's training matrix for supervisors: who holds what (with expiry), and what expires in the next 90 days.</summary>
public sealed class TeamModel(StaffTraining training, TimeProvider time) : PageModel
{
    public IReadOnlyList<string> Courses { get; private set; } = [];
    public IReadOnlyList<MatrixRow> Rows { get; private set; } = [];
    public IReadOnlyList<Qualification> Expiring { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = time.UkToday();
        (Courses, Rows) = await training.MatrixAsync();
        Expiring = await training.ExpiringAsync();
    }
}
