using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Web.Imports;

/// <summary>
/// Step 2 of an import and everything after: choose the columns, then watch it run in the background (the officer may
/// leave and come back), then see what happened and download the rows with problems.
/// </summary>
public sealed class ImportModel(ImportUploads uploads, IEnumerable<IRecordImport> imports, ImportQueue queue,
    IOptions<TabularFileLimits> limits) : PageModel
{
    [FromRoute]
    public string Kind { get; set; } = "";

    [FromRoute]
    public Guid UploadId { get; set; }

    /// <summary>The record the rows belong to (a campaign, for post analytics); null for imports into the region.</summary>
    [FromRoute]
    public Guid? TargetId { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Map { get; set; } = [];

    public ImportUpload Upload { get; private set; } = null!;
    public IReadOnlyList<ImportField> Fields { get; private set; } = [];
    public IReadOnlyList<string> Headers { get; private set; } = [];
    public IReadOnlyList<RowError> Errors { get; private set; } = [];

    public string Title => Upload.Status switch
    {
        ImportStatus.Uploaded => "Choose the columns",
        ImportStatus.Queued or ImportStatus.Running => $"Importing {ImportKinds.Words(Kind)}",
        ImportStatus.Finished => "Import finished",
        _ => "The import did not finish",
    };

    public IReadOnlyList<string> FieldOrder => Fields.Select(f => $"Map[{f.Field}]").ToList();

    /// <summary>True when the columns were chosen from the last file with the same header row.</summary>
    public bool FromPreset { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Upload.Status == ImportStatus.Uploaded)
        {
            var preset = await uploads.RememberedMappingAsync(Kind, Headers);
            var mapping = preset ?? ImportMapping.Suggest(Fields, Headers);
            FromPreset = preset is not null;
            Map = mapping.ToDictionary(m => m.Key, m => (string?)m.Value.ToString(CultureInfo.InvariantCulture));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Upload.Status != ImportStatus.Uploaded)
        {
            return Redirect(ImportKinds.ImportUrl(Kind, UploadId, TargetId)); // It has run or is running: once is enough.
        }

        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (int.TryParse(Map.GetValueOrDefault(field.Field), NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column < Headers.Count)
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

        await uploads.QueueAsync(Upload, mapping, Headers);
        queue.Wake();
        return Redirect(ImportKinds.ImportUrl(Kind, UploadId, TargetId));
    }

    /// <summary>Progress for the page's script, which updates the text and reloads when the import has finished.</summary>
    public async Task<IActionResult> OnGetProgressAsync()
    {
        return await uploads.ProgressAsync(Key) is not { } upload ? NotFound() : new JsonResult(new
        {
            status = upload.Status.ToString(),
            done = upload.RowsDone,
            total = upload.RowsTotal,
            stage = upload.Stage,
            text = ProgressText(upload.Stage, upload.RowsDone, upload.RowsTotal),
        });
    }

    /// <summary>
    /// What a running import is doing, in words: "Saving referrals: 200,000 of 1,000,000 rows", or the stage alone when
    /// it has no row count (linking), or the rows checked for an import of one stage.
    /// </summary>
    public static string ProgressText(string? stage, int done, int total)
    {
        var number = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var rows = $"{done.ToString("N0", number)} of {total.ToString("N0", number)}";
        return stage is null ? $"{rows} rows checked" : done > 0 ? $"{stage}: {rows} rows" : stage;
    }

    public async Task<IActionResult> OnGetInvalidAsync()
    {
        return await uploads.InvalidRowsAsync(Key) is { } invalid
            ? File(invalid.Csv, "text/csv; charset=utf-8", $"problems-{Path.GetFileNameWithoutExtension(invalid.FileName)}.csv")
            : NotFound();
    }

    private ImportUploadKey Key => new(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), UploadId, Kind, TargetId);

    private async Task<bool> LoadAsync()
    {
        var upload = await uploads.FindAsync(Key);
        var importer = imports.FirstOrDefault(i => i.Kind == Kind);
        if (upload is null || importer is null)
        {
            return false;
        }

        (Upload, Fields) = (upload, importer.Fields);
        if (upload.Status == ImportStatus.Uploaded)
        {
            Headers = TabularFile.Read(upload.Content, upload.FileName, limits.Value, HttpContext.RequestAborted).File?.Headers ?? [];
        }

        Errors = upload.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<RowError>>(upload.ErrorsJson) ?? [];
        return true;
    }
}
