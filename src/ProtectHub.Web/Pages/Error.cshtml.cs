using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Web.Access;

namespace ProtectHub.Web.Pages;

/// <summary>GOV.UK-style error pages. Status code pages and the exception handler re-execute this page; it never shows detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public IReadOnlyList<string> Lines { get; private set; } = [];
    public string? CorrelationId { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        // Only a re-executed request keeps its original status; opening /error/500 directly is just a page.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null ? 500 : code ?? 404);
        (Heading, Lines) = original switch
        {
            400 => ("Sorry, there is a problem with your request", new[] { "The form may have expired or been changed. Go back, refresh the page and try again." }),
            403 => ("You do not have permission to view this page",
                new[] { ForbiddenReason.Get(HttpContext) ?? "Your role or team does not give you access to this part of ProtectHub. If you think it should, contact your regional administrator." }),
            404 => ("Page not found", new[] { "If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address." }),
            429 => ("Too many attempts", new[] { "You have tried to sign in too many times in a short time. Wait a minute and try again." }),
            >= 500 => ("Sorry, there is a problem with the service", new[] { "Try again later. If the problem continues, contact your regional administrator and give them the reference below." }),
            _ => ("Sorry, there is a problem", new[] { "Try again later." }),
        };
        CorrelationId = original >= 500 ? HttpContext.TraceIdentifier : null;
        Response.StatusCode = original;
        return Page();
    }
}
