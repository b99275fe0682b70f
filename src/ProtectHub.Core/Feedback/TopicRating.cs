namespace ProtectHub.Core.Feedback;

/// <summary>How confident the respondent felt about one topic before and after the engagement, from 1 to 5.</summary>
public sealed class TopicRating
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ResponseId { get; set; }
    public Guid TopicId { get; set; }
    public int Before { get; set; }
    public int After { get; set; }
}
