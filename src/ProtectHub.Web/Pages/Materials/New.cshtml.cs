using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Materials;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>Adds a material: its details and its first file (checked by content and size), or a video's address.</summary>
[RequestSizeLimit(MaterialLimits.HardMaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaterialLimits.HardMaxRequestBytes)]
public sealed class NewModel(MaterialWriting writing, EngagementDirectory lists) : MaterialFormPage(lists)
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public long MaxFileBytes => writing.MaxFileBytes;

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var form = Form();
        await using var content = Upload is { Length: > 0 } ? Upload.OpenReadStream() : null;
        var upload = Upload is { Length: > 0 } && content is not null ? new MaterialUpload(Upload.FileName, Upload.Length, content) : null;
        var (material, errors) = await writing.CreateAsync(form, upload, Actor, User.FindFirst(ProtectHubClaims.Region)?.Value ?? "");
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || material is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Success"] = $"'{material.Title}' added to the library";
        return Redirect(Links.Material(material.Id));
    }
}
