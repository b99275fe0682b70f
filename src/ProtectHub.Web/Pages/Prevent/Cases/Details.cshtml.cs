using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class DetailsModel(Casework casework, CaseClosure closure, SpecialCategory special, IAuthorizationService authorization, TimeProvider time)
    : PreventPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? OfficerId { get; set; }

    public DateOnly Today { get; private set; }
    public bool IsManager { get; private set; }
    public bool MayReadSpecialCategory { get; private set; }
    public SpecialCategoryDetails? Special { get; private set; }
    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];
    public IReadOnlyList<FollowUpReview> Reviews { get; private set; } = [];
    public IReadOnlyList<RepeatReferrals.OtherCase> OtherCases { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> EngagementTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.SupervisePrevent)).Succeeded)
        {
            return Forbid();
        }

        ModelState.AddFieldErrors(null, await casework.AssignAsync(Case, Guid.TryParse(OfficerId, out var id) ? id : null));
        return await AfterAsync("Case assigned");
    }

    public async Task<IActionResult> OnPostPickAsync()
    {
        if (Case.AssignedToId is { } current && current != Me)
        {
            ModelState.AddModelError("", $"This case is assigned to {Case.AssignedToName}: ask a supervisor to reassign it");
        }
        else
        {
            ModelState.AddFieldErrors(null, await casework.AssignAsync(Case, Me));
        }

        return await AfterAsync("Case assigned to you");
    }

    private async Task<IActionResult> AfterAsync(string success)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(Links.PreventCase(Id));
    }

    private async Task LoadAsync()
    {
        Today = time.UkToday();
        IsManager = (await authorization.AuthorizeAsync(User, Policies.SupervisePrevent)).Succeeded;
        MayReadSpecialCategory = SpecialCategory.MayRead(Case, Me, IsManager);
        // Only read (and so only audited) for those who may see it: the others' pages never load it.
        Special = MayReadSpecialCategory ? await special.ReadAsync(Case) : null;
        Interventions = await casework.InterventionsOfAsync(Case.Id);
        EngagementTitles = await casework.EngagementTitlesAsync(Interventions.Where(i => i.EngagementId is not null).Select(i => i.EngagementId!.Value));
        Reviews = await closure.ReviewsOfAsync(Case.Id);
        OtherCases = await casework.OtherCasesAsync(Case);
        if (IsManager && Case.Status != PreventCaseStatus.Closed)
        {
            Officers = (await casework.AssigneesAsync()).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        }
    }
}
