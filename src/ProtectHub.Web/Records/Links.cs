namespace ProtectHub.Web.Records;

/// <summary>
/// The address of each record's pages, in one place: pages redirect and views link through these, never through
/// hand-written paths, and RecordLinksTests opens every one for a real record so a moved page cannot leave a dead link.
/// </summary>
public static class Links
{
    public static string Organisation(Guid id, string? page = null) => Of("/partners/organisations", id, page);

    public static string Contact(Guid id, string? page = null) => Of("/partners/contacts", id, page);

    public static string Engagement(Guid id, string? page = null) => Of("/engagements", id, page);

    public static string Referral(Guid id, string? page = null) => Of("/referrals", id, page);

    public static string PreventCase(Guid id, string? page = null) => Of("/prevent/cases", id, page);

    public static string IntelligenceReport(Guid id, string? page = null) => Of("/intelligence", id, page);

    public static string Advisory(Guid id, string? page = null) => Of("/advisories", id, page);

    public static string Request(Guid id, string? page = null) => Of("/requests", id, page);

    public static string Lesson(Guid id, string? page = null) => Of("/lessons", id, page);

    public static string Campaign(Guid id, string? page = null) => Of("/campaigns", id, page);

    public static string Material(Guid id, string? page = null) => Of("/materials", id, page);

    /// <summary>A Prevent operation: a list of people from an investigation, deconflicted and written to together.</summary>
    public static string PreventOperation(Guid id, string? page = null) => Of("/prevent/operations", id, page);

    /// <summary>A lesson as the national library shows it, to every region.</summary>
    public static string LibraryLesson(Guid id) => Of("/lessons/library", id, null);

    public static string Return(Guid id, string? page = null) => Of("/performance/returns", id, page);

    public static string Plan(Guid id, string? page = null) => Of("/performance/plans", id, page);

    public static string User(Guid id, string? page = null) => Of("/admin/users", id, page);

    private static string Of(string folder, Guid id, string? page) => page is null ? $"{folder}/{id}" : $"{folder}/{id}/{page}";
}
