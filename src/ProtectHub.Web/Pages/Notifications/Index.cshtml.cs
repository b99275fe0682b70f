using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Notifications;

namespace ProtectHub.Web.Pages.Notifications;

/// <summary>The signed-in person's own notifications, newest first; opening one marks it read and goes to its page.</summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public int Total { get; private set; }

    private Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync() => (Items, Total) = await inbox.ListAsync(Me, PageNumber);

    /// <summary>Marks it read and follows its link (always a path within ProtectHub); another person's is not found.</summary>
    public async Task<IActionResult> OnGetOpenAsync(Guid id)
    {
        var link = await inbox.OpenAsync(Me, id);
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : NotFound();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await inbox.MarkAllReadAsync(Me);
        TempData["Notice"] = "All your notifications are marked as read.";
        return RedirectToPage();
    }
}
