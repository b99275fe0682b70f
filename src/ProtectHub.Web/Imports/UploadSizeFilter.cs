using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Imports;

namespace ProtectHub.Web.Imports;

/// <summary>
/// Lets the upload page answer a file over the size limit with its own error message. The anti-forgery check reads the
/// whole form before any page code runs, and a body over the server's limits fails that read with a bare 400. This
/// filter runs before it (after authorization): a request whose declared length is over the limit goes back to the
/// upload page with the size error without its body being read; any other request gets body and form limits that
/// follow <see cref="TabularFileLimits.MaxUploadBytes"/> (a body sent without a length is still cut off there).
/// </summary>
public sealed class UploadSizeFilter(IOptions<TabularFileLimits> limits) : IAuthorizationFilter
{
    /// <summary>Between the authorization filters (0) and the anti-forgery check (1000).</summary>
    public const int Order = 500;

    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    public const string TooLarge = "too-large";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var maxBody = limits.Value.MaxUploadBytes + FormOverhead;
        if (http.Request.ContentLength > maxBody)
        {
            var kind = context.RouteData.Values["kind"] as string ?? "";
            var target = Guid.TryParse(context.RouteData.Values["targetId"] as string, out var id) ? id : (Guid?)null;
            context.Result = new RedirectResult($"{ImportKinds.UploadUrl(kind, target)}?error={TooLarge}");
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBody;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = maxBody }));
        }
    }
}
