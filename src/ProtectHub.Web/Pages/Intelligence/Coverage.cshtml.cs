using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence;

public sealed class CoverageModel(IntelligenceRequirements requirements) : IntelligencePageModel
{
    public IntelligenceRequirements.Coverage Coverage { get; private set; } = null!;

    public async Task OnGetAsync() => Coverage = await requirements.CoverageAsync();
}
