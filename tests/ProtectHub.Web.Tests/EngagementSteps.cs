namespace ProtectHub.Web.Tests;

/// <summary>Planning an engagement as an officer does, for tests whose subject comes after that.</summary>
public static class EngagementSteps
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    /// <summary>The plan form's fields for an in-person presentation in Lincolnshire at 14:30 (UK time).</summary>
    public static List<KeyValuePair<string, string>> Plan(string title, Guid lead, string day = "1", string month = "7", string year = "2026",
        params KeyValuePair<string, string>[] extra) =>
    [
        F("Input.Title", title), F("Input.Kind", "Presentation"), F("Input.StartsOn.Day", day), F("Input.StartsOn.Month", month),
        F("Input.StartsOn.Year", year), F("Input.StartTime", "14:30"), F("Input.DurationMinutes", "90"), F("Input.IsOnline", "no"),
        F("Input.Venue", "Lincoln Guildhall"), F("Input.ForceCode", "LINCOLNSHIRE"), F("Input.Team", "CyberProtect"),
        F("Input.LeadOfficerId", lead.ToString()), .. extra,
    ];

    /// <summary>Plans an engagement and returns its address.</summary>
    public static async Task<string> PlanAsync(Session session, string title, Guid lead, string day = "1", string month = "7", string year = "2026",
        params KeyValuePair<string, string>[] extra)
    {
        var created = await session.PostFormAsync("/engagements/new", Plan(title, lead, day, month, year, extra));
        return created.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Planning '{title}' did not redirect: {(int)created.StatusCode}");
    }
}
