using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Registrations;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>The attendance list at the door: tick who came, add walk-ins, cancel places (the waiting list moves up).</summary>
public sealed class AttendanceModel(EventRegistrations registrations) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    /// <summary>When those newly ticked came, if not now (attendance taken on paper and recorded later).</summary>
    [BindProperty]
    public DateInput On { get; set; } = new();

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    public Engagement Engagement { get; private set; } = null!;
    public IReadOnlyList<EventRegistration> Registrations { get; private set; } = [];

    /// <summary>Linked organisations by id: a walk-in matched to a contact shows their organisation's name.</summary>
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        Engagement = HttpContext.GetRecord<Engagement>();
        if (Engagement.Status == EngagementStatus.Cancelled)
        {
            return NotFound();
        }

        Registrations = await registrations.ListAsync(Engagement.Id);
        OrganisationNames = await registrations.OrganisationNamesAsync(Registrations.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        var cameAt = MomentInput.Read(ModelState, On, Time, nameof(On), nameof(Time), "their arrival");
        if (ModelState.IsValid)
        {
            ModelState.AddFieldErrors(null, await registrations.SetAttendanceAsync(engagement, Attended.ToHashSet(), cameAt));
        }

        if (!ModelState.IsValid)
        {
            return await OnGetAsync();
        }

        TempData["Success"] = "Attendance saved";
        return Redirect(Links.Engagement(Id, "attendance"));
    }

    public async Task<IActionResult> OnPostWalkInAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        ModelState.Clear();
        ModelState.AddFieldErrors(null, await registrations.AddWalkInAsync(engagement, FullName, Email, OrganisationName));
        if (!ModelState.IsValid)
        {
            return await OnGetAsync();
        }

        TempData["Success"] = $"{FullName!.Trim()} added and marked as attended";
        return Redirect(Links.Engagement(Id, "attendance"));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid registrationId)
    {
        await registrations.CancelAsync(HttpContext.GetRecord<Engagement>(), registrationId);
        TempData["Success"] = "Place cancelled";
        return Redirect(Links.Engagement(Id, "attendance"));
    }
}
