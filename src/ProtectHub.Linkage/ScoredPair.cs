namespace ProtectHub.Linkage;

/// <summary>A compared pair at or above the threshold.</summary>
/// <param name="LeftId">Id of the earlier record (in link mode, the left table's record).</param>
/// <param name="RightId">Id of the later record (in link mode, the right table's record).</param>
/// <param name="MatchProbability">The model's probability that both records are the same person.</param>
public readonly record struct ScoredPair(string LeftId, string RightId, double MatchProbability);
