using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class NewActionModel(EngagementDirectory directory, Core.Access.Colleagues colleagues) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? OwnerId { get; set; }

    [BindProperty]
    public DateInput DueOn { get; set; } = new();

    public string EngagementTitle => HttpContext.GetRecord<Engagement>().Title;
    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        OwnerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        await LoadOfficersAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (due, dueError) = DueOn.Parse("Due date");
        if (dueError is not null)
        {
            ModelState.AddModelError(nameof(DueOn), dueError);
        }

        var errors = await directory.AddActionAsync(HttpContext.GetRecord<Engagement>(), Description,
            Guid.TryParse(OwnerId, out var owner) ? owner : null, due);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadOfficersAsync();
            return Page();
        }

        TempData["Success"] = "Follow-up action added";
        return Redirect(Links.Engagement(Id));
    }

    private async Task LoadOfficersAsync() => Officers = (await colleagues.WorkingOfficersAsync()).ToChoices();
}
