using ProtectHub.Core.Prevent;

namespace ProtectHub.Web.Pages.Prevent.Consultations;

public sealed class IndexModel(CaseIntake intake) : PreventPageModel
{
    public IReadOnlyList<Consultation> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await intake.RecentConsultationsAsync();
}
