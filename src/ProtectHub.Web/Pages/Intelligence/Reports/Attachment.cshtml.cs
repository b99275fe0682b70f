using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

/// <summary>A file a partner sent with their submission: owning team only, always downloaded (never shown inline).</summary>
public sealed class AttachmentModel(IndustrySubmissions submissions) : IntelligencePageModel
{
    [FromRoute] public Guid AttachmentId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!IntelligenceAccess.MaySeeSource(Report, Actor) || await submissions.OfReportAsync(Report.Id) is not { } submission
            || await submissions.AttachmentAsync(submission.Id, AttachmentId) is not { } attachment)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(attachment.Content, "application/octet-stream", attachment.FileName);
    }
}
