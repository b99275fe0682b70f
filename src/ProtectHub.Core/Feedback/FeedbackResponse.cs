using ProtectHub.Core.Access;

namespace ProtectHub.Core.Feedback;

/// <summary>
/// One anonymous answer to an engagement's public feedback form. It holds no name or contact details, so nobody can
/// tell who answered, and nothing of it is ever shown to other respondents.
/// </summary>
public sealed class FeedbackResponse : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid EngagementId { get; set; }

    /// <summary>Generated when the form is shown; a second post of the same form (double click, back and resend) is ignored.</summary>
    public Guid SubmissionId { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
    public string? IntendedActions { get; set; }
    public string? Comments { get; set; }
    public List<TopicRating> Ratings { get; init; } = [];
}
