namespace ProtectHub.Linkage;

/// <summary>
/// Blocking rules proposed for a file under a comparison budget, with what each costs and finds.
/// </summary>
/// <param name="Rules">The rules chosen, in order; each with its pair count and the estimated pair completeness once it is added.</param>
/// <param name="EstimatedCompleteness">
/// The share of the matching pairs the rules find, estimated without labels: the trained model's match probabilities
/// over a sample of the pairs every candidate rule finds (so relative to all the candidates together).
/// </param>
/// <param name="CandidatesConsidered">How many candidate rules were built from the fields.</param>
public sealed record BlockingSuggestion(IReadOnlyList<SuggestedRule> Rules, double EstimatedCompleteness, int CandidatesConsidered)
{
    public long TotalPairs => Rules.Sum(r => r.Pairs);

    public override string ToString() =>
        string.Join(Environment.NewLine, Rules.Select((r, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{i + 1}. {string.Join(" & ", r.Rule.Keys)}: {r.Pairs:N0} pairs, estimated completeness {r.CumulativeCompleteness:0.0000}")))
        + Environment.NewLine + string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"estimated pair completeness {EstimatedCompleteness:0.0000} with {TotalPairs:N0} pairs ({CandidatesConsidered} candidate rules considered)");
}

/// <summary>One proposed rule: its keys, its pairs on its own, and the estimated completeness of the rules up to it.</summary>
public sealed record SuggestedRule(BlockingRuleSettings Rule, long Pairs, double CumulativeCompleteness);
