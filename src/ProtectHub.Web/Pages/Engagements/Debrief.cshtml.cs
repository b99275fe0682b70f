using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Registrations;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>
/// A printable debrief of one engagement: what was delivered, to whom, the reach, what the feedback said and what was
/// learned. It names no attendee: it is written to be shared with partners and the regional delivery group.
/// </summary>
public sealed class DebriefModel(EngagementDirectory directory, FeedbackForms feedback, EventRegistrations registrations, ProtectHubDbContext db, TimeProvider time) : PageModel
{
    public Engagement Engagement { get; private set; } = null!;
    public string ForceName { get; private set; } = "";
    public IReadOnlyList<string> SupportingOfficers { get; private set; } = [];
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public IReadOnlyList<string> Campaigns { get; private set; } = [];
    public IReadOnlyList<string> Organisations { get; private set; } = [];
    public int Registered { get; private set; }

    /// <summary>People added at the door: they came, but did not sign up.</summary>
    public int WalkIns { get; private set; }
    public int Attended { get; private set; }
    public FeedbackSummary Feedback { get; private set; } = null!;
    /// <summary>What people said they will do, identical answers once with how many gave them, the commonest first.</summary>
    public IReadOnlyList<(string Text, int People)> IntendedActions { get; private set; } = [];
    public IReadOnlyList<FollowUpAction> Actions { get; private set; } = [];
    public DateTimeOffset PreparedAt { get; private set; }

    public async Task OnGetAsync()
    {
        var e = Engagement = HttpContext.GetRecord<Engagement>();
        PreparedAt = time.GetUtcNow();
        ForceName = ProtectHub.Core.Regions.PoliceReferenceData.ForceName(e.ForceCode);
        SupportingOfficers = await db.Users.AsNoTracking().Where(u => e.SupportingOfficerIds.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync();
        var listIds = e.TopicIds.Concat(e.CampaignIds).ToList();
        var items = await db.Set<ManagedListItem>().AsNoTracking().Where(i => listIds.Contains(i.Id)).ToListAsync();
        Topics = items.Where(i => i.Kind == ManagedListKind.Topic).Select(i => i.Name).Order().ToList();
        Campaigns = items.Where(i => i.Kind == ManagedListKind.Campaign).Select(i => i.Name).Order().ToList();
        Organisations = await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => e.OrganisationIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
        // Counted in the database: the debrief needs the numbers, not the people (and so reads no personal record).
        Registered = await db.Set<EventRegistration>().CountAsync(r => r.EngagementId == e.Id && r.Status != RegistrationStatus.Cancelled && !r.AddedByOfficer);
        WalkIns = await db.Set<EventRegistration>().CountAsync(r => r.EngagementId == e.Id && r.Status != RegistrationStatus.Cancelled && r.AddedByOfficer);
        Attended = await registrations.AttendedCountAsync(e.Id);
        Feedback = await feedback.SummariseAsync(e.Id);
        var said = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.EngagementId == e.Id && r.IntendedActions != null)
            .OrderBy(r => r.SubmittedAt).Select(r => r.IntendedActions!).Take(1000).ToListAsync();
        // The same answer written alike ("Test our backups", "test our backups.") is one line with how many gave it.
        IntendedActions = said.GroupBy(SameAnswer)
            .Select(g => (Text: g.Select(t => t.Trim()).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First(), People: g.Count()))
            .OrderByDescending(a => a.People).ThenBy(a => a.Text, StringComparer.Ordinal).Take(50).ToList();
        Actions = await directory.ActionsAsync(e.Id);
    }

    private static string SameAnswer(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';', ',');
}
