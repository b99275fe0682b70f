using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class NewInterventionModel(Casework casework) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? HowResponded { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? EngagementId { get; set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Engagements { get; private set; } = [];

    public async Task OnGetAsync() => await LoadEngagementsAsync();

    private async Task LoadEngagementsAsync() => Engagements = (await casework.RecentEngagementsAsync())
        .Select(e => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{e.Title}, {e.StartsAt.ToUkShortDate()}", e.Id.ToString())).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        var (on, onError) = On.Parse("Date of the intervention");
        if (onError is not null)
        {
            ModelState.AddModelError(nameof(On), onError);
        }

        ModelState.AddFieldErrors(null, await casework.AddInterventionAsync(Case, Parse<InterventionKind>(Kind), on, Parse<SubjectResponse>(HowResponded), Notes, Me, MyName,
            Guid.TryParse(EngagementId, out var engagement) ? engagement : null));
        if (!ModelState.IsValid)
        {
            await LoadEngagementsAsync();
            return Page();
        }

        TempData["Success"] = "Intervention recorded";
        return Redirect(Links.PreventCase(Id));
    }
}
