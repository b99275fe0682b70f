using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Notifications;

namespace ProtectHub.Web.Pages.Notifications;

/// <summary>Which notifications reach the person by email, and whether as they happen or in one digest a day.</summary>
public sealed class SettingsModel(NotificationInbox inbox) : PageModel
{
    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<NotificationKind>().Select(k => new SelectListItem(NotificationNames.Of(k), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Timings { get; } =
        [new("As they happen (one email for what is new)", "no"), new("In one digest a day, in the morning", "yes")];

    [BindProperty]
    public List<string> Emailed { get; set; } = [];

    [BindProperty]
    public string Digest { get; set; } = "no";

    private Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync()
    {
        var preference = await inbox.PreferenceAsync(Me);
        Emailed = Enum.GetValues<NotificationKind>().Where(preference.Emails).Select(k => k.ToString()).ToList();
        Digest = preference.DailyDigest ? "yes" : "no";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Digest is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Digest), "Select when emails are sent");
            return Page();
        }

        // Values that are not a kind are ignored: the checkboxes offer only kinds.
        var kinds = Emailed.Select(v => Enum.TryParse<NotificationKind>(v, out var k) && Enum.IsDefined(k) ? k : (NotificationKind?)null).OfType<NotificationKind>().ToList();
        await inbox.SavePreferenceAsync(Me, kinds, Digest == "yes");
        TempData["Notice"] = "Your email settings are saved.";
        return RedirectToPage("Index");
    }
}
