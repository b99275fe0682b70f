namespace ProtectHub.Linkage;

/// <summary>Why the model scores a pair as it does: the prior plus each field's match weight.</summary>
/// <param name="PriorWeight">log2 of the prior odds that two random records match.</param>
/// <param name="Contributions">Each field's contribution in settings order.</param>
/// <param name="TotalWeight">Prior plus all contributions, in bits.</param>
/// <param name="MatchProbability">The resulting probability.</param>
public sealed record PairExplanation(double PriorWeight, IReadOnlyList<FieldContribution> Contributions, double TotalWeight, double MatchProbability)
{
    /// <summary>The waterfall as text, one line per step.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"prior: {PriorWeight:+0.0;-0.0}").AppendLine();
        foreach (var c in Contributions)
        {
            sb.AppendLine(c.Text);
        }
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"total: {TotalWeight:+0.0;-0.0} bits, match probability {MatchProbability:0.0000}");
        return sb.ToString();
    }
}
