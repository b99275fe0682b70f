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
public sealed class IntelligenceModel(ThreatPicture picture, IntelligenceRequirements requirements) : IntelligencePageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RequirementTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Priority { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput ReviewOn { get; set; } = new();
    [BindProperty] public Guid RequirementId { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];
    public IReadOnlyList<ThreatPicture.Row> Regions { get; private set; } = [];
    public IReadOnlyList<IntelligenceRequirement> National { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var (reviewOn, dateError) = ReviewOn.Parse("Review date");
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(ReviewOn), dateError);
        }

        var (_, errors) = await requirements.AddAsync(new RequirementForm(Code, RequirementTitle, Description, Parse<RequirementPriority>(Priority), Owner, reviewOn), null);
        ModelState.AddFieldErrors(null, errors.Where(e => dateError is null || e.Field != nameof(ReviewOn))
            .Select(e => e.Field == nameof(RequirementForm.Title) ? e with { Field = nameof(RequirementTitle) } : e));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"National requirement {Code!.Trim().ToUpperInvariant()} added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        if (!await requirements.RetireAsync(RequirementId, null))
        {
            return NotFound();
        }

        TempData["Success"] = "National requirement retired";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        (Quarters, Regions) = await picture.NationalAsync();
        National = await requirements.NationalAsync();
    }
}
