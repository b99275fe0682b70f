using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>An organisation with its memberships, contacts and timeline. Merged duplicates lead to the kept record.</summary>
public sealed class DetailsModel(OrganisationTimeline timeline, OrganisationProfile profile, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public string ForceName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    /// <summary>How many contacts the page lists (see <see cref="OrganisationProfile.ContactsShown"/>).</summary>
    public const int ContactsShown = OrganisationProfile.ContactsShown;

    /// <summary>The first contacts by name (up to <see cref="ContactsShown"/>).</summary>
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public int ContactCount { get; private set; }
    public IReadOnlyList<Membership> Memberships { get; private set; } = [];
    public IReadOnlyList<Partnership> Partnerships { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>The page of the timeline shown (50 items a page, newest first).</summary>
    [FromQuery(Name = "timeline")]
    public int TimelinePage { get; set; } = 1;

    public bool TimelineHasOlder { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        if (organisation.MergedIntoId is { } kept)
        {
            return Redirect(Links.Organisation(kept));
        }

        await LoadAsync(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync()
    {
        var organisation = HttpContext.GetRecord<Organisation>();
        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Enter the note");
        }
        else if (Note.Trim().Length > TextLimits.Notes)
        {
            ModelState.AddModelError(nameof(Note), TextLimits.TooLong("Note", TextLimits.Notes));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(organisation);
            return Page();
        }

        await timeline.AddNoteAsync(organisation, Note!);
        TempData["Success"] = "Note added";
        return Redirect(Links.Organisation(organisation.Id));
    }

    private async Task LoadAsync(Organisation organisation)
    {
        var loaded = await profile.LoadAsync(organisation);
        (Memberships, Contacts, ContactCount, Partnerships) = loaded;
        Organisation = organisation;
        Today = time.UkToday();
        ForceName = ProtectHub.Core.Regions.PoliceReferenceData.ForceName(organisation.ForceCode);
        TimelinePage = Math.Clamp(TimelinePage, 1, 1000);
        (Timeline, TimelineHasOlder) = await timeline.TimelineAsync(organisation, loaded, TimelinePage);
    }
}
