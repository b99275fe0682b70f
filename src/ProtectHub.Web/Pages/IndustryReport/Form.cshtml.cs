using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.IndustryReport;

/// <summary>
/// The public form behind a partner's secure link: no account, rate limited, a plain 404 for an unknown or revoked
/// link, and nothing shown but the organisation's own name. Files are checked by content and size.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
[RequestSizeLimit(MaxBody)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBody)]
public sealed class FormModel(IndustrySubmissions submissions) : PageModel
{
    private const long MaxBody = IndustrySubmissions.MaxAttachments * IndustrySubmissions.MaxAttachmentBytes + 1024 * 1024;

    [FromRoute] public string Token { get; set; } = "";
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateInput HappenedOn { get; set; } = new();
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Indicators { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await submissions.FindLinkAsync(Token) is not { } link)
        {
            return NotFound();
        }

        OrganisationName = link.OrganisationName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await submissions.FindLinkAsync(Token) is not { } link)
        {
            return NotFound();
        }

        OrganisationName = link.OrganisationName;
        var (happened, dateError) = HappenedOn.Parse("The date it happened");
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(HappenedOn), dateError);
        }

        var files = new List<UploadedFile>();
        foreach (var file in Attachments.Where(f => f.Length > 0).Take(IndustrySubmissions.MaxAttachments + 1))
        {
            // A file over the limit is not read: its name and size are enough to refuse it.
            files.Add(new UploadedFile(file.FileName, file.Length, file.Length > IndustrySubmissions.MaxAttachmentBytes ? [] : await ReadAsync(file)));
        }

        var (submission, errors) = await submissions.SubmitAsync(link, new SubmissionForm(Name, Email, Parse<IndustrySubmissionKind>(Kind), happened, Description, Indicators), files);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || submission is null)
        {
            return Page();
        }

        return RedirectToPage("/IndustryReport/Received");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static T? Parse<T>(string? value) where T : struct, Enum => GovUk.ListValue.Parse<T>(value);
}
