using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using ProtectHub.Core.Materials;

namespace ProtectHub.Web.Pages.Materials;

/// <summary>Downloads one version of a material's file (counted), as an attachment with the type found by its content.</summary>
public sealed class DownloadModel(MaterialLibrary library) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid versionId)
    {
        if (await library.FindVersionAsync(id, versionId) is not { } version)
        {
            return NotFound();
        }

        Response.ContentType = version.ContentType;
        Response.ContentLength = version.Size;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = version.FileName }.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers["X-Checksum-Sha256"] = version.Sha256;
        return await library.DownloadAsync(version, Response.Body, HttpContext.RequestAborted) ? new EmptyResult() : NotFound();
    }
}
