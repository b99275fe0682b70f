namespace ProtectHub.Core.Feedback;

/// <summary>Feedback for an engagement: how many answered, and mean confidence before and after, overall and per topic.</summary>
public sealed record FeedbackSummary(int Responses, double? MeanBefore, double? MeanAfter, IReadOnlyList<FeedbackSummary.Topic> Topics)
{
    public double? MeanUplift => MeanAfter - MeanBefore;

    public sealed record Topic(string Name, int Ratings, double MeanBefore, double MeanAfter)
    {
        public double MeanUplift => MeanAfter - MeanBefore;
    }
}
