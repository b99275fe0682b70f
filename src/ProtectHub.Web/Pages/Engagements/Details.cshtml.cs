using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Registrations;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

public sealed class DetailsModel(EngagementDirectory directory, FeedbackForms feedback, EventRegistrations registrations, TimeProvider time,
    Core.Access.Colleagues colleagues, OrganisationNames organisationNames,
    Core.Requests.RequestWork requests, Core.Materials.MaterialLibrary materials) : PageModel
{
    public Engagement Engagement { get; private set; } = null!;
    public string ForceName { get; private set; } = "";
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public IReadOnlyList<string> Campaigns { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<FollowUpAction> Actions { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public FeedbackSummary? Feedback { get; private set; }
    public string? FeedbackUrl { get; private set; }
    public IReadOnlyList<string> SupportingOfficers { get; private set; } = [];
    public string? RegistrationUrl { get; private set; }
    public bool RegistrationIsOpen { get; private set; }

    /// <summary>The request for assistance this engagement answers, if any.</summary>
    public Core.Requests.AssistanceRequest? AnswersRequest { get; private set; }

    /// <summary>Materials from the library used in it, each with the version recorded.</summary>
    public IReadOnlyList<Core.Materials.MaterialLibrary.Use> Materials { get; private set; } = [];

    /// <summary>Whether registration may be opened (or reopened) now: a planned event that has not started.</summary>
    public bool RegistrationMayOpen { get; private set; }
    public (int Confirmed, int Waiting, int Attended) Places { get; private set; }

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? ReviewComments { get; set; }

    /// <summary>Whether the user reviews delivered engagements (a supervisor, coordinator or head of unit).</summary>
    public bool MayReview => EngagementDirectory.Supervises(Enum.GetValues<Core.Access.Role>().Where(r => User.IsInRole(r.ToString())));

    public Guid Me => Guid.Parse(User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync()
    {
        var e = Engagement = HttpContext.GetRecord<Engagement>();
        Today = time.UkToday();
        ForceName = ProtectHub.Core.Regions.PoliceReferenceData.ForceName(e.ForceCode);
        var items = await directory.ListItemsAsync(e.TopicIds.Concat(e.CampaignIds).ToList());
        Topics = items.Where(i => i.Kind == ManagedListKind.Topic).Select(i => i.Name).Order().ToList();
        Campaigns = items.Where(i => i.Kind == ManagedListKind.Campaign).Select(i => i.Name).Order().ToList();
        // Including any merged since: the engagement named them then.
        Organisations = await organisationNames.NamedAsync(e.OrganisationIds);
        Actions = await directory.ActionsAsync(e.Id);
        AnswersRequest = await requests.AnsweredByAsync(e.Id);
        Materials = await materials.UsedByAsync(e.Id);
        SupportingOfficers = await colleagues.NamesAsync(e.SupportingOfficerIds);
        RegistrationMayOpen = registrations.MayOpen(e);
        if (e.RegistrationToken is { } registrationToken)
        {
            RegistrationUrl = $"{Request.Scheme}://{Request.Host}/events/{registrationToken}";
            RegistrationIsOpen = registrations.IsOpen(e);
            var list = await registrations.ListAsync(e.Id);
            // Walk-ins came on the day: they take none of the places offered on the sign-up page (issue 21, bug 11).
            Places = (list.Count(r => r.Status == RegistrationStatus.Confirmed && !r.AddedByOfficer), list.Count(r => r.Status == RegistrationStatus.WaitingList), list.Count(r => r.Attended));
            Capacity = e.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (e.FeedbackToken is { } token)
        {
            Feedback = await feedback.SummariseAsync(e.Id);
            FeedbackUrl = $"{Request.Scheme}://{Request.Host}/feedback/{token}";
        }
    }

    public async Task<IActionResult> OnPostIssueFeedbackAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        TempData["Success"] = await feedback.IssueAsync(engagement) is null ? null : "Feedback form link created";
        return Redirect(Links.Engagement(engagement.Id));
    }

    public async Task<IActionResult> OnPostOpenRegistrationAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(Capacity))
        {
            capacity = int.TryParse(Capacity.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        }

        ModelState.AddFieldErrors(null, await registrations.OpenAsync(engagement, capacity));
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        TempData["Success"] = "Registration is open: share the sign-up link";
        return Redirect(Links.Engagement(engagement.Id));
    }

    public async Task<IActionResult> OnPostCloseRegistrationAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        await registrations.CloseAsync(engagement);
        TempData["Success"] = "Registration closed";
        return Redirect(Links.Engagement(engagement.Id));
    }

    public async Task<IActionResult> OnPostReviewedAsync()
    {
        var engagement = HttpContext.GetRecord<Engagement>();
        var errors = await directory.MarkReviewedAsync(engagement, Me, User.FindFirstValue(System.Security.Claims.ClaimTypes.Name) ?? "", MayReview, ReviewComments);
        if (errors.Count > 0)
        {
            await OnGetAsync();
            ModelState.AddFieldErrors(null, errors);
            return Page();
        }

        TempData["Success"] = "Engagement marked as reviewed";
        return Redirect(Links.Engagement(HttpContext.GetRecord<Engagement>().Id));
    }
}
