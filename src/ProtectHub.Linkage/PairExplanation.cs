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

    /// <summary>How likely in words: "very likely" from 0.99, "likely" from 0.9, otherwise "possible".</summary>
    public string Likelihood => MatchProbability >= 0.99 ? "very likely" : MatchProbability >= 0.9 ? "likely" : "possible";

    /// <summary>
    /// The reasons in plain words for an officer, agreements first: "Same date of birth and phone; surname differs by one
    /// letter; email differs. Very likely the same person."
    /// </summary>
    public string InPlainWords()
    {
        var same = new List<string>();
        var close = new List<string>();
        var differ = new List<string>();
        foreach (var c in Contributions)
        {
            var name = Words(c.Field);
            switch (c.Level)
            {
                case "exact match":
                    same.Add(name);
                    break;
                case "missing":
                    break;
                case "no match":
                    differ.Add(name);
                    break;
                case "swapped":
                case "swapped with another field":
                    close.Add($"{name} swapped with another name");
                    break;
                case "nickname":
                    close.Add($"{name} is a short form of the other");
                    break;
                case "initial":
                    close.Add($"{name} matches an initial");
                    break;
                case "day and month transposed":
                    close.Add($"{name} has day and month the other way round");
                    break;
                case "same postcode sector":
                    close.Add($"{name} in the same sector");
                    break;
                case "same outward code":
                    close.Add($"{name} in the same area");
                    break;
                case "same email local part":
                    close.Add($"{name} the same before the @");
                    break;
                case var level when level.StartsWith("within 1 edit", StringComparison.Ordinal):
                    close.Add($"{name} differs by one letter");
                    break;
                case var level when level.StartsWith("within ", StringComparison.Ordinal) && level.EndsWith(" years", StringComparison.Ordinal):
                    (c.MatchWeight >= 0 ? close : differ).Add($"{name} {level}");
                    break;
                default:
                    (c.MatchWeight >= 0 ? close : differ).Add(c.MatchWeight >= 0 ? $"{name} similar" : name);
                    break;
            }
        }

        var parts = new List<string>();
        if (same.Count > 0)
        {
            parts.Add("same " + Join(same));
        }

        parts.AddRange(close);
        if (differ.Count > 0)
        {
            parts.Add(Join(differ) + (differ.Count == 1 ? " differs" : " differ"));
        }

        var reasons = parts.Count == 0 ? "Nothing to compare" : string.Join("; ", parts);
        return $"{char.ToUpperInvariant(reasons[0])}{reasons[1..]}. {char.ToUpperInvariant(Likelihood[0])}{Likelihood[1..]} the same person.";
    }

    private static string Words(string field) => field switch
    {
        "dob" => "date of birth",
        _ => field.Replace('_', ' '),
    };

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
