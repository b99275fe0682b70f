using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Registrations;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Pages.Events;

/// <summary>
/// The public sign-up page of an event: no account, reached only through the event's unguessable link, rate limited,
/// and showing nothing but the event itself. It asks only for what managing places needs.
/// </summary>
[EnableRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit)]
public sealed class RegisterModel(EventRegistrations registrations) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    [BindProperty]
    public bool Agreed { get; set; }

    public Engagement Event { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public bool IsFull { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!IsOpen)
        {
            return Page();
        }

        var (outcome, errors) = await registrations.RegisterAsync(Event, FullName, Email, OrganisationName, Agreed, RegionName);
        ModelState.AddFieldErrors(null, errors);
        // Not RedirectToPage: addresses are generated in lower case, and the token is case-sensitive.
        return outcome is { } o ? Redirect($"/events/{Uri.EscapeDataString(Token)}/registered/{o.ToString().ToLowerInvariant()}") : Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await registrations.FindByTokenAsync(Token) is not { } engagement)
        {
            return false;
        }

        Event = engagement;
        RegionName = ProtectHub.Core.Regions.PoliceReferenceData.RegionName(engagement.RegionCode);
        IsOpen = registrations.IsOpen(engagement);
        IsFull = IsOpen && await registrations.IsFullAsync(engagement);
        return true;
    }

    public string When => UkTime.ToLocal(Event.StartsAt).ToString("dddd d MMMM yyyy 'at' h:mmtt", CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
}
