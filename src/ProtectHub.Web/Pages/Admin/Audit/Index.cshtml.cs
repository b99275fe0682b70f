using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Admin.Audit;

/// <summary>Search the audit log by user, record, action and date; verify the hash chain.</summary>
public sealed class IndexModel(AuditLogService audit, Colleagues colleagues) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UserEmail { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    /// <summary>The date filters as typed (GOV.UK date inputs), read by <see cref="DateFilter"/>.</summary>
    public DateInput From { get; private set; } = new();

    public DateInput To { get; private set; } = new();

    private DateOnly? _from;
    private DateOnly? _to;

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
        Enum.GetValues<AuditAction>().Select(a => new SelectListItem(AuditNames.Of(a), a.ToString())).ToList();

    public async Task OnGetAsync() => await SearchAsync();

    public async Task OnPostVerifyAsync()
    {
        Verification = await audit.VerifyAsync();
        await SearchAsync();
    }

    private async Task SearchAsync()
    {
        (From, To, _from, _to) = DateFilter.ReadRange(Request, ModelState);

        Guid? actorId = null;
        if (!string.IsNullOrWhiteSpace(UserEmail))
        {
            actorId = await colleagues.IdByEmailAsync(UserEmail);
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
            From = _from,
            To = _to,
            Page = Math.Max(PageNumber, 1),
            PageSize = PageSize,
        });
        (Entries, Total) = (entries, total);
        TotalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("UserEmail", UserEmail), ("RecordId", RecordId), ("From", DateFilter.Link(_from)), ("To", DateFilter.Link(_to)), ("Action", Action));
    }
}
