using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>
/// A material: its details, every version with its checksum and downloads, and (for its own region) a new version,
/// retiring and restoring. Another region's national material is read-only; any other region's is a 404.
/// </summary>
[RequestSizeLimit(MaterialLimits.HardMaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaterialLimits.HardMaxRequestBytes)]
public sealed class DetailsModel(MaterialLibrary library, MaterialWriting writing, EngagementDirectory lists, Core.Lessons.LessonLibrary lessons) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Note { get; set; }

    public Material Material { get; private set; } = null!;
    public IReadOnlyList<MaterialVersion> Versions { get; private set; } = [];
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public int Engagements { get; private set; }

    /// <summary>The published lessons learnt it was made from.</summary>
    public IReadOnlyList<(Guid Id, string Title)> Lessons { get; private set; } = [];
    public long MaxFileBytes => writing.MaxFileBytes;

    /// <summary>Only the owning region changes a material.</summary>
    public bool IsOurs { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostVersionAsync()
    {
        if (await OursAsync() is not { } material)
        {
            return NotFound();
        }

        IReadOnlyList<Core.Access.FieldError> errors;
        if (Upload is not { Length: > 0 })
        {
            errors = [new("Upload", "Choose the file to upload")];
        }
        else
        {
            await using var content = Upload.OpenReadStream();
            errors = await writing.AddVersionAsync(material, new MaterialUpload(Upload.FileName, Upload.Length, content), Note, User.Identity?.Name ?? "");
        }

        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"Version {material.VersionCount} uploaded";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync() => await SetRetiredAsync(true);

    public async Task<IActionResult> OnPostRestoreAsync() => await SetRetiredAsync(false);

    private async Task<IActionResult> SetRetiredAsync(bool retired)
    {
        if (await OursAsync() is not { } material)
        {
            return NotFound();
        }

        await writing.SetRetiredAsync(material, retired);
        TempData["Success"] = retired ? "Retired: it no longer appears in pickers, and its history is kept" : "Restored to the library";
        return RedirectToPage();
    }

    private Task<Material?> OursAsync() => writing.FindOursAsync(Id);

    private async Task<bool> LoadAsync()
    {
        if (await library.FindAsync(Id) is not { } material)
        {
            return false;
        }

        Material = material;
        IsOurs = writing.IsOurs(material);
        Versions = await library.VersionsAsync(Id);
        Engagements = await library.EngagementCountAsync(Id);
        Lessons = await lessons.LessonsOfAsync(material.LessonIds);
        Topics = (await lists.ListItemsAsync(material.TopicIds.Concat(material.CampaignIds).ToList())).Select(i => i.Name).Order().ToList();
        return true;
    }
}
