using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

/// <summary>
/// The report as a file (docs/intelligence.md). Anyone who may open the report may download it for sharing (sanitised
/// text only); in full only those who may read the full text. Audited either way.
/// </summary>
public sealed class ExportModel(IntelligenceExport export) : IntelligencePageModel
{
    [FromQuery] public string? Format { get; set; }
    [FromQuery] public bool Sharing { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Parse<ReportFileFormat>(Format) is not { } format)
        {
            return NotFound();
        }

        if (!Sharing && !IntelligenceAccess.MayReadFullText(Report, Actor))
        {
            return Forbid();
        }

        var file = await export.ExportAsync(Report, format, Sharing);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
