using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
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
public sealed class DebriefModel(EngagementDirectory directory, FeedbackForms feedback, EventRegistrations registrations, Colleagues colleagues,
    OrganisationNames organisations, TimeProvider time) : PageModel
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
        SupportingOfficers = await colleagues.NamesAsync(e.SupportingOfficerIds);
        var items = await directory.ListItemsAsync(e.TopicIds.Concat(e.CampaignIds).ToList());
        Topics = items.Where(i => i.Kind == ManagedListKind.Topic).Select(i => i.Name).Order().ToList();
        Campaigns = items.Where(i => i.Kind == ManagedListKind.Campaign).Select(i => i.Name).Order().ToList();
        Organisations = (await organisations.NamedAsync(e.OrganisationIds)).Select(o => o.Name).ToList();
        (Registered, WalkIns) = await registrations.SignUpCountsAsync(e.Id);
        Attended = await registrations.AttendedCountAsync(e.Id);
        Feedback = await feedback.SummariseAsync(e.Id);
        IntendedActions = await feedback.IntendedActionsAsync(e.Id);
        Actions = await directory.ActionsAsync(e.Id);
    }
}
