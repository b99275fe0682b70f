using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>The requirements reports answer: everyone in intelligence reads them; coordinators add and retire the region's own.</summary>
public sealed class RequirementsModel(IntelligenceRequirements requirements, IAuthorizationService authorization) : IntelligencePageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RequirementTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Priority { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput ReviewOn { get; set; } = new();
    [BindProperty] public Guid RequirementId { get; set; }

    public IReadOnlyList<IntelligenceRequirement> Items { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        var (reviewOn, dateError) = ReviewOn.Parse("Review date");
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(ReviewOn), dateError);
        }

        var (_, errors) = await requirements.AddAsync(new RequirementForm(Code, RequirementTitle, Description, Parse<RequirementPriority>(Priority), Owner, reviewOn), RegionCode);
        ModelState.AddFieldErrors(null, errors.Where(e => dateError is null || e.Field != nameof(ReviewOn))
            .Select(e => e.Field == nameof(RequirementForm.Title) ? e with { Field = nameof(RequirementTitle) } : e));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"Requirement {Code!.Trim().ToUpperInvariant()} added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (!await requirements.RetireAsync(RequirementId, RegionCode))
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
        Items = await requirements.OfRegionAsync(includeRetired: true);
    }
}
