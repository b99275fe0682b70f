using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Calendar;

namespace ProtectHub.Web.Pages.Calendar;

/// <summary>The signed-in user's calendar feed: create an address (shown once), replace it, or turn it off.</summary>
public sealed class IndexModel(OfficerCalendar calendar) : PageModel
{
    public bool HasFeed { get; private set; }

    /// <summary>The new address, shown on the page that created it and never again (only its hash is kept).</summary>
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync() => HasFeed = await calendar.HasFeedAsync(UserId);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var secret = await calendar.CreateFeedAsync(UserId);
        // Shown in this response rather than after a redirect, so that the secret never sits in TempData's cookie.
        NewFeedUrl = $"{Request.Scheme}://{Request.Host}/calendar/{secret}.ics";
        HasFeed = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        await calendar.RevokeAsync(UserId);
        TempData["Success"] = "Calendar feed turned off: the old address no longer works";
        return Redirect("/calendar");
    }

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
