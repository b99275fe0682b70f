using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>Step 2 of an import: choose the columns, run it, see what happened and download the rows with problems.</summary>
public sealed class ImportMappingModel(ProtectHubDbContext db, OrganisationImport importer, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid UploadId { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Map { get; set; } = [];

    public string FileName { get; private set; } = "";
    public int RowCount { get; private set; }
    public IReadOnlyList<string> Headers { get; private set; } = [];
    public ImportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (upload, file) = await LoadAsync();
        if (upload is null || file is null)
        {
            return NotFound();
        }

        Map = OrganisationImport.SuggestMapping(file.Headers).ToDictionary(m => m.Key, m => (string?)m.Value.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (upload, file) = await LoadAsync();
        if (upload is null || file is null)
        {
            return NotFound();
        }

        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in OrganisationImport.Fields)
        {
            if (int.TryParse(Map.GetValueOrDefault(field.Field), NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column < file.Headers.Count)
            {
                mapping[field.Field] = column;
            }
            else if (field.Required)
            {
                ModelState.AddModelError($"Map[{field.Field}]", $"Choose the column that holds the {field.Label.ToLowerInvariant()}");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Result = await importer.RunAsync(file, mapping);
        upload.ImportedAt = time.GetUtcNow();
        upload.Summary = $"Imported {Result.Imported}, already held {Result.AlreadyHeld}, rows with problems {Result.InvalidRows}";
        upload.InvalidRowsCsv = Result.InvalidRowsCsv;
        upload.Content = []; // The file itself is no longer needed once imported; keep only what the officer may download.
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetInvalidAsync()
    {
        var upload = await FindAsync();
        return upload?.InvalidRowsCsv is { Length: > 0 } csv
            ? File(csv, "text/csv; charset=utf-8", $"problems-{Path.GetFileNameWithoutExtension(upload.FileName)}.csv")
            : NotFound();
    }

    /// <summary>The upload, if it is the current user's own (the region filter already hides other regions').</summary>
    private Task<ImportUpload?> FindAsync()
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        return db.Set<ImportUpload>().FirstOrDefaultAsync(u => u.Id == UploadId && u.UserId == userId);
    }

    private async Task<(ImportUpload? Upload, TabularFile? File)> LoadAsync()
    {
        var upload = await FindAsync();
        if (upload is null)
        {
            return (null, null);
        }

        FileName = upload.FileName;
        if (upload.ImportedAt is not null)
        {
            return (upload, null); // Already imported: the file is gone, so the mapping step cannot run twice.
        }

        var (file, _) = TabularFile.Read(upload.Content, upload.FileName);
        (Headers, RowCount) = (file?.Headers ?? [], file?.Rows.Count ?? 0);
        return (upload, file);
    }
}
