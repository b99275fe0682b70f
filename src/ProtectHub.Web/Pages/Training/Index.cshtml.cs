using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Time;
using ProtectHub.Core.Training;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Training;

/// <summary>The officer's own qualifications and training: recorded with dates, CPD hours and the certificate; removed if recorded in error.</summary>
[RequestSizeLimit(StaffTraining.MaxCertificateBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = StaffTraining.MaxCertificateBytes + 1024 * 1024)]
public sealed class IndexModel(StaffTraining training, TimeProvider time) : PageModel
{
    [BindProperty] public string? Course { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public DateInput ExpiresOn { get; set; } = new();
    [BindProperty] public string? CpdHours { get; set; }
    [BindProperty] public IFormFile? Certificate { get; set; }
    [BindProperty] public Guid QualificationId { get; set; }

    public IReadOnlyList<Qualification> Held { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public bool IsSupervisor => User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));

    private Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (completed, completedError) = CompletedOn.Parse("The date it was completed");
        if (completedError is not null)
        {
            ModelState.AddModelError(nameof(CompletedOn), completedError);
        }

        var (expires, expiresError) = ExpiresOn.Parse("The expiry date");
        if (expiresError is not null)
        {
            ModelState.AddModelError(nameof(ExpiresOn), expiresError);
        }

        decimal? hours = null;
        if (!string.IsNullOrWhiteSpace(CpdHours))
        {
            if (decimal.TryParse(CpdHours.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                ModelState.AddModelError(nameof(CpdHours), "CPD hours must be a number, like 7 or 1.5");
            }
        }

        await using var content = Certificate is { Length: > 0 } ? Certificate.OpenReadStream() : null;
        var upload = Certificate is { Length: > 0 } && content is not null ? new CertificateUpload(Certificate.FileName, Certificate.Length, content) : null;
        var (_, errors) = await training.RecordAsync(Me, new QualificationForm(Course, Provider, completed, expires, hours), upload, User.Identity?.Name ?? "");
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Training recorded";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await training.RemoveAsync(QualificationId, Me))
        {
            return NotFound();
        }

        TempData["Success"] = "Training record removed";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Today = time.UkToday();
        Held = await training.OfAsync(Me);
    }
}
