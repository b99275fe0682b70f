using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>Records a material from the library as used in the engagement, with the version current now.</summary>
public sealed class MaterialsModel(MaterialLibrary library) : PageModel
{
    [BindProperty] public string? MaterialId { get; set; }

    public Engagement Engagement => HttpContext.GetRecord<Engagement>();
    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];
    public IReadOnlyList<MaterialLibrary.Use> Used { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await library.RecordUseAsync(Engagement.Id, Guid.TryParse(MaterialId, out var id) ? id : Guid.Empty, User.Identity?.Name ?? "");
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Material recorded";
        return Redirect(Links.Engagement(Engagement.Id));
    }

    private async Task LoadAsync()
    {
        Used = await library.UsedByAsync(Engagement.Id);
        Choices = (await library.PickerAsync()).Where(m => Used.All(u => u.MaterialId != m.Id))
            .Select(m => new SelectListItem($"{m.Title} ({MaterialNames.Of(m.Kind)})", m.Id.ToString())).ToList();
    }
}
