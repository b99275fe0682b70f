using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class EditModel(EngagementDirectory directory, EngagementChoices choices, RecordChanges changes) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public EngagementForm Input { get; set; } = new();

    /// <summary>The version of the record the form was filled from.</summary>
    [BindProperty]
    public long Version { get; set; }

    public EditConflict? Conflict { get; private set; }

    public EngagementForm.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Input = EngagementForm.From(HttpContext.GetRecord<Engagement>());
        Version = HttpContext.GetRecord<Engagement>().Version;
        Choices = await EngagementForm.Choices.LoadAsync(choices, Input.OrganisationIds);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddFieldErrors(nameof(Input), await directory.ValidateAsync(details));
        if (!ModelState.IsValid)
        {
            Choices = await EngagementForm.Choices.LoadAsync(choices, Input.OrganisationIds);
            return Page();
        }

        var engagement = HttpContext.GetRecord<Engagement>();
        Conflict = await EditConflict.SaveUnlessChangedAsync(changes, engagement, Version, () => EngagementForm.From(engagement), Input,
            () => directory.UpdateAsync(engagement, details));
        if (Conflict is not null)
        {
            Version = engagement.Version;
            Choices = await EngagementForm.Choices.LoadAsync(choices, Input.OrganisationIds);
            return Page();
        }

        TempData["Success"] = "Engagement saved";
        return Redirect(Links.Engagement(Id));
    }
}
