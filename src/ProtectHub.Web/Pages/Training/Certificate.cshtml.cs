using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using ProtectHub.Core.Access;
using ProtectHub.Core.Training;

namespace ProtectHub.Web.Pages.Training;

/// <summary>A certificate, to its holder or their region's supervisors; anyone else gets a 404.</summary>
public sealed class CertificateModel(StaffTraining training) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supervises = User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (await training.FindAsync(id, supervises ? null : me) is not { CertificateFileName: not null } qualification)
        {
            return NotFound();
        }

        Response.ContentType = qualification.CertificateContentType ?? "application/octet-stream";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = qualification.CertificateFileName }.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        return await training.CopyCertificateAsync(qualification, Response.Body, HttpContext.RequestAborted) ? new EmptyResult() : NotFound();
    }
}
