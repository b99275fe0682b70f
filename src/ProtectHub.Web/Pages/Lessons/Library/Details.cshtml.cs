using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Lessons;
using ProtectHub.Core.Time;

using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Lessons.Library;

/// <summary>A published lesson of any region (or one of the reader's own region): read, and its use in engagements recorded.</summary>
public sealed class DetailsModel(LessonLibrary library) : LessonPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? EngagementId { get; set; }
    [BindProperty] public string? MaterialId { get; set; }

    public IReadOnlyList<(Guid Id, string Title)> OurMaterials { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Materials { get; private set; } = [];

    public Lesson Item { get; private set; } = null!;
    public LessonLibrary.Use Use { get; private set; } = new(0, 0);
    public IReadOnlyList<(Guid Id, string Title, DateTimeOffset StartsAt)> OurUses { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Engagements { get; private set; } = [];
    public bool IsOurs { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostUseAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (await library.RecordUseAsync(Id, Guid.TryParse(EngagementId, out var id) ? id : null, MyName) is { } error)
        {
            ModelState.AddModelError(nameof(EngagementId), error);
            return Page();
        }

        TempData["Success"] = "Use in the engagement recorded";
        return Redirect(Links.LibraryLesson(Id));
    }

    public async Task<IActionResult> OnPostMaterialAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (await library.RecordMaterialAsync(Id, Guid.TryParse(MaterialId, out var id) ? id : null) is { } error)
        {
            ModelState.AddModelError(nameof(MaterialId), error);
            return Page();
        }

        TempData["Success"] = "Material recorded as made from this lesson";
        return Redirect(Links.LibraryLesson(Id));
    }

    private async Task<bool> LoadAsync()
    {
        if (await library.ReadAsync(Id) is not { } lesson)
        {
            return false;
        }

        Item = lesson;
        IsOurs = lesson.RegionCode == User.FindFirst(Access.ProtectHubClaims.Region)?.Value;
        Use = await library.UseOfAsync(Id);
        OurUses = await library.OurUsesAsync(Id);
        OurMaterials = await library.OurMaterialsAsync(Id);
        Materials = (await library.MaterialChoicesAsync()).Select(m => new SelectListItem(m.Title, m.Id.ToString())).ToList();
        Engagements = (await library.EngagementChoicesAsync()).Select(e => new SelectListItem($"{e.Title} ({e.StartsAt.ToUkShortDate()})", e.Id.ToString())).ToList();
        return true;
    }
}
