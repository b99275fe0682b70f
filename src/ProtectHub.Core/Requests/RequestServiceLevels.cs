using ProtectHub.Core.Time;

namespace ProtectHub.Core.Requests;

/// <summary>
/// How quickly each urgency is answered, in working days (England and Wales: weekends and bank holidays do not count):
/// triage (accepted, declined or redirected) and the work itself when the requester gave no date.
/// </summary>
public static class RequestServiceLevels
{
    public static int TriageDays(RequestUrgency urgency) => urgency switch
    {
        RequestUrgency.Urgent => 1,
        RequestUrgency.High => 2,
        RequestUrgency.Normal => 5,
        _ => 10,
    };

    public static int CompleteDays(RequestUrgency urgency) => urgency switch
    {
        RequestUrgency.Urgent => 3,
        RequestUrgency.High => 10,
        RequestUrgency.Normal => 20,
        _ => 40,
    };

    public static DateOnly TriageBy(DateOnly receivedOn, RequestUrgency urgency) => WorkingDays.Add(receivedOn, TriageDays(urgency));

    public static DateOnly CompleteBy(DateOnly receivedOn, RequestUrgency urgency, DateOnly? neededBy) =>
        neededBy ?? WorkingDays.Add(receivedOn, CompleteDays(urgency));

    /// <summary>"1 working day", as the pages say it.</summary>
    public static string Describe(RequestUrgency urgency)
    {
        var triage = TriageDays(urgency);
        var complete = CompleteDays(urgency);
        return $"triage within {triage} working {(triage == 1 ? "day" : "days")}, done within {complete} unless a date is needed";
    }
}

public static class RequestNames
{
    public static string Of(RequestSource source) => source switch
    {
        RequestSource.CyberResilienceCentre => "Cyber Resilience Centre",
        RequestSource.Force => "A police force",
        RequestSource.PartnerOrganisation => "A partner organisation",
        RequestSource.NationalAgency => "A national agency",
        _ => "A member of the public",
    };

    public static string Of(RequestCategory category) => category switch
    {
        RequestCategory.TalkOrBriefing => "Talk or briefing",
        RequestCategory.Exercise => "Exercise",
        RequestCategory.IncidentSupport => "Incident support and advice",
        RequestCategory.VictimFollowUp => "Victim follow-up",
        RequestCategory.Media => "Media",
        _ => "Other",
    };

    public static string Of(RequestUrgency urgency) => urgency switch
    {
        RequestUrgency.Urgent => "Urgent",
        RequestUrgency.High => "High",
        RequestUrgency.Normal => "Normal",
        _ => "Low",
    };

    public static string Of(RequestStatus status) => status switch
    {
        RequestStatus.New => "Awaiting triage",
        RequestStatus.Accepted => "Accepted",
        RequestStatus.Declined => "Declined",
        RequestStatus.Redirected => "Redirected",
        _ => "Done",
    };

    public static string Colour(RequestStatus status) => status switch
    {
        RequestStatus.New => "yellow",
        RequestStatus.Accepted => "blue",
        RequestStatus.Done => "green",
        _ => "grey",
    };
}
