using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class DeliverModel(EngagementDirectory directory, ProtectHub.Core.Registrations.EventRegistrations registrations) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? PeopleReached { get; set; }

    [BindProperty]
    public string? KeyLearning { get; set; }

    [BindProperty]
    public string? CpdHours { get; set; }

    /// <summary>When it took place, if not at its planned time; empty means as planned.</summary>
    [BindProperty]
    public DateInput On { get; set; } = new();

    [BindProperty]
    public string? Time { get; set; }

    public string PlannedAt => HttpContext.GetRecord<Engagement>().StartsAt.ToUkDateTime();

    public bool IsCpdEvent => HttpContext.GetRecord<Engagement>().Kind == EngagementKind.CpdEvent;

    public string EngagementTitle => HttpContext.GetRecord<Engagement>().Title;

    public async Task OnGetAsync()
    {
        // Attendance marked at the event is the best first guess at the number of people reached.
        var attended = await registrations.AttendedCountAsync(Id);
        PeopleReached = attended > 0 ? attended.ToString(CultureInfo.InvariantCulture) : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var tookPlaceAt = MomentInput.Read(ModelState, On, Time, nameof(On), nameof(Time), "the engagement");
        if (!ModelState.IsValid)
        {
            return Page(); // A date or time that cannot be read: nothing is recorded.
        }

        var reached = int.TryParse(PeopleReached?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var hours = decimal.TryParse(CpdHours?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) ? h : (decimal?)null;
        ModelState.AddFieldErrors(null, await directory.RecordDeliveryAsync(HttpContext.GetRecord<Engagement>(), reached, KeyLearning, hours, tookPlaceAt));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Delivery recorded";
        return Redirect(Links.Engagement(Id));
    }
}
