using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Web.Imports;

/// <summary>Step 1 of an import: the file is read (to reject a bad one at once) and kept for the mapping step.</summary>
[RequestSizeLimit(TabularFile.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TabularFile.MaxBytes + 1024 * 1024)]
public sealed class UploadModel(ProtectHubDbContext db, TimeProvider time) : PageModel
{
    [FromRoute]
    public string Kind { get; set; } = "";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a file to import" : "The selected file is empty");
            return Page();
        }

        if (Upload.Length > TabularFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file must be smaller than {TabularFile.MaxBytes / (1024 * 1024)} MB");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer);
        var content = buffer.ToArray();
        var (file, error) = TabularFile.Read(content, Upload.FileName);
        if (file is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            return Page();
        }

        if (file.Rows.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file has a header row but no {Kind}");
            return Page();
        }

        var upload = new ImportUpload
        {
            RegionCode = db.Scope.RegionCode,
            UserId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!),
            Kind = Kind,
            FileName = Path.GetFileName(Upload.FileName),
            Content = content,
            UploadedAt = time.GetUtcNow(),
            Status = ImportStatus.Uploaded,
            RowsTotal = file.Rows.Count,
        };
        db.Add(upload);
        await db.SaveChangesAsync();
        return Redirect(ImportKinds.ImportUrl(Kind, upload.Id));
    }
}
