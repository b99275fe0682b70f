namespace ProtectHub.Core.Feedback;

/// <summary>One engagement's line in the aggregated feedback: how many answered and the mean uplift in confidence.</summary>
public sealed record EngagementFeedback(Guid EngagementId, string Title, DateTimeOffset StartsAt, int Responses, double MeanUplift);
