using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Requests;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Requests.Records;

/// <summary>A request: what is asked and by whom, its triage, the work recorded, the engagement that answers it, and its outcome.</summary>
public sealed class DetailsModel(RequestWork work, TimeProvider time) : RequestPageModel
{
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public IReadOnlyList<RequestNote> Notes { get; private set; } = [];
    public (string Title, EngagementStatus Status, DateTimeOffset StartsAt)? Engagement { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostNoteAsync()
    {
        int? minutes = null;
        if (!string.IsNullOrWhiteSpace(Minutes))
        {
            if (int.TryParse(Minutes.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var m))
            {
                minutes = m;
            }
            else
            {
                ModelState.AddModelError(nameof(Minutes), "Time spent must be a whole number of minutes, like 45");
            }
        }

        var errors = await work.AddNoteAsync(Item, Note, minutes, MyName);
        return await AfterAsync(errors, "Work recorded");
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        var errors = await work.CompleteAsync(Item, Outcome, MyName);
        return await AfterAsync(errors, Item.LastEmailed == "done" ? "Request done: the requester has been emailed the outcome" : "Request done");
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Core.Access.FieldError> errors, string success)
    {
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = success;
        return Redirect(Links.Request(Item.Id));
    }

    private async Task LoadAsync()
    {
        Today = time.UkToday();
        Notes = await work.NotesAsync(Item.Id);
        if (Item.EngagementId is { } engagementId)
        {
            Engagement = await work.AnsweringEngagementAsync(engagementId);
        }
    }
}
