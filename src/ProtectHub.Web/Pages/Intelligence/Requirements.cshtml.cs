using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>The requirements reports answer: everyone in intelligence reads them; coordinators add and retire the region's own.</summary>
public sealed class RequirementsModel(IntelligenceRequirements requirements, IAuthorizationService authorization) : RequirementFormModel(requirements)
{
    public IReadOnlyList<IntelligenceRequirement> Items { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (!await AddRequirementAsync(RegionCode))
        {
            await LoadAsync();
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (!await Requirements.RetireAsync(RequirementId, RegionCode))
        {
            return NotFound();
        }

        TempData["Success"] = "Requirement retired";
        return RedirectToPage();
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageRequirements)).Succeeded;

    private async Task LoadAsync()
    {
        MayManage = await MayManageAsync();
        Items = await Requirements.OfRegionAsync(includeRetired: true);
    }
}
