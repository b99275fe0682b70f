using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Performance;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Pages.Intelligence;

namespace ProtectHub.Web.Pages.National;

/// <summary>
/// The National Coordinator's view of intelligence: counts of approved reports per region and quarter (never a
/// report), and the national intelligence requirements every region's reports answer.
/// </summary>
public sealed class IntelligenceModel(ThreatPicture picture, IntelligenceRequirements requirements) : RequirementFormModel(requirements)
{
    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];
    public IReadOnlyList<ThreatPicture.Row> Regions { get; private set; } = [];
    public IReadOnlyList<IntelligenceRequirement> National { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!await AddRequirementAsync(null))
        {
            await LoadAsync();
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        if (!await Requirements.RetireAsync(RequirementId, null))
        {
            return NotFound();
        }

        TempData["Success"] = "National requirement retired";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        (Quarters, Regions) = await picture.NationalAsync();
        National = await Requirements.NationalAsync();
    }
}
