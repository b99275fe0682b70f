using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Web.Imports;

/// <summary>
/// Step 1 of an import: the file is read (to reject a bad one at once) and kept for the mapping step. A file over the
/// size limit is turned back by <see cref="UploadSizeFilter"/> before its body is read, to this page's GET with
/// <c>?error=too-large</c>.
/// </summary>
[ServiceFilter<UploadSizeFilter>(Order = UploadSizeFilter.Order)]
public sealed class UploadModel(ImportUploads uploads, IOptions<TabularFileLimits> limits) : PageModel
{
    [FromRoute]
    public string Kind { get; set; } = "";

    /// <summary>The record the file's rows belong to (a campaign, for post analytics); null for imports into the region.</summary>
    [FromRoute]
    public Guid? TargetId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [FromQuery(Name = "error")]
    public string? Error { get; set; }

    /// <summary>"256 MB", for the hint.</summary>
    public string MaxUploadSize => TabularFileLimits.Describe(limits.Value.MaxUploadBytes);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ImportKinds.TargetFoundAsync(uploads, Kind, TargetId))
        {
            return NotFound();
        }

        if (Error == UploadSizeFilter.TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), TabularFile.MustBeSmallerThan(limits.Value.MaxUploadBytes));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ImportKinds.TargetFoundAsync(uploads, Kind, TargetId))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a file to import" : "The selected file is empty");
            return Page();
        }

        if (Upload.Length > limits.Value.MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), TabularFile.MustBeSmallerThan(limits.Value.MaxUploadBytes));
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        var content = buffer.ToArray();
        var (file, error) = TabularFile.Read(content, Upload.FileName, limits.Value, HttpContext.RequestAborted);
        if (file is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            return Page();
        }

        if (file.Rows.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file has a header row but no {ImportKinds.Words(Kind)}");
            return Page();
        }

        var upload = await uploads.KeepAsync(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), Kind, TargetId,
            Path.GetFileName(Upload.FileName), content, file.Rows.Count);
        return Redirect(ImportKinds.ImportUrl(Kind, upload.Id, TargetId));
    }
}
