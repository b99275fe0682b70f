using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>
/// The form that adds an intelligence requirement: a region's own (Intelligence → requirements, coordinators) or a
/// national one (National picture → Intelligence, the National Coordinator). One form, one set of messages.
/// </summary>
public abstract class RequirementFormModel(IntelligenceRequirements requirements) : IntelligencePageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RequirementTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Priority { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateInput ReviewOn { get; set; } = new();
    [BindProperty] public Guid RequirementId { get; set; }

    protected IntelligenceRequirements Requirements => requirements;

    /// <summary>Adds the requirement posted (national when <paramref name="regionCode"/> is null); false with the errors in the model state.</summary>
    protected async Task<bool> AddRequirementAsync(string? regionCode)
    {
        var (reviewOn, dateError) = ReviewOn.Parse("Review date");
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(ReviewOn), dateError);
        }

        var (_, errors) = await requirements.AddAsync(new RequirementForm(Code, RequirementTitle, Description, Parse<RequirementPriority>(Priority), Owner, reviewOn), regionCode);
        ModelState.AddFieldErrors(null, errors.Where(e => dateError is null || e.Field != nameof(ReviewOn))
            .Select(e => e.Field == nameof(RequirementForm.Title) ? e with { Field = nameof(RequirementTitle) } : e));
        if (!ModelState.IsValid)
        {
            return false;
        }

        TempData["Success"] = $"{(regionCode is null ? "National requirement" : "Requirement")} {Code!.Trim().ToUpperInvariant()} added";
        return true;
    }
}
