using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Admin.Audit;

/// <summary>Search the audit log by user, record, action and date; verify the hash chain.</summary>
public sealed class IndexModel(AuditLogService audit, ProtectHubDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UserEmail { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";
    public AuditVerification? Verification { get; private set; }

    public IReadOnlyList<SelectListItem> Actions { get; } =
        Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.ToString(), a.ToString())).ToList();

    public async Task OnGetAsync() => await SearchAsync();

    public async Task OnPostVerifyAsync()
    {
        Verification = await audit.VerifyAsync();
        await SearchAsync();
    }

    private async Task SearchAsync()
    {
        if (ModelState.TryGetValue(nameof(From), out var f) && f.Errors.Count > 0)
        {
            ModelState.Remove(nameof(From));
            ModelState.AddModelError(nameof(From), "From must be a real date, like 2026-04-01");
        }

        if (ModelState.TryGetValue(nameof(To), out var t) && t.Errors.Count > 0)
        {
            ModelState.Remove(nameof(To));
            ModelState.AddModelError(nameof(To), "To must be a real date, like 2026-06-30");
        }

        Guid? actorId = null;
        if (!string.IsNullOrWhiteSpace(UserEmail))
        {
            var normalised = UserEmail.Trim().ToUpperInvariant();
            actorId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
            if (actorId is null)
            {
                ModelState.AddModelError(nameof(UserEmail), "No user of your region has this email address");
            }
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var (entries, total) = await audit.SearchAsync(new SearchAuditOptions
        {
            ActorId = actorId,
            RecordId = RecordId,
            Action = Enum.TryParse<AuditAction>(Action, out var action) ? action : null,
            From = From,
            To = To,
            Page = Math.Max(PageNumber, 1),
            PageSize = PageSize,
        });
        (Entries, Total) = (entries, total);
        TotalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("UserEmail", UserEmail), ("RecordId", RecordId), ("From", From?.ToString("yyyy-MM-dd")), ("To", To?.ToString("yyyy-MM-dd")), ("Action", Action));
    }
}
