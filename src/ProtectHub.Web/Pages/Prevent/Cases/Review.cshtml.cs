using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class ReviewModel(CaseClosure closure) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [FromRoute] public Guid ReviewId { get; set; }
    [BindProperty] public string? ReReferred { get; set; }
    [BindProperty] public string? Offended { get; set; }
    [BindProperty] public string? Positive { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public FollowUpReview Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ModelState.AddFieldErrors(null, await closure.CompleteReviewAsync(Review, Parse<ReviewAnswer>(ReReferred), Parse<ReviewAnswer>(Offended), Parse<PositiveOutcome>(Positive), Notes, MyName));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = $"{PreventNames.Of(Review.Kind)} recorded";
        return Redirect(Links.PreventCase(Id));
    }

    private async Task<bool> LoadAsync()
    {
        // The case was loaded (region-checked) by the folder's filter; the review must belong to it.
        Review = (await closure.ReviewAsync(Case.Id, ReviewId))!;
        return Review is not null;
    }
}
