namespace ProtectHub.Linkage;

/// <summary>The trained probabilities of one field's comparison levels (the last level is "no match").</summary>
public sealed record FieldParameters
{
    /// <summary>The field name.</summary>
    public required string Name { get; init; }

    /// <summary>A description of each level, best first, ending with "no match".</summary>
    public required IReadOnlyList<string> Levels { get; init; }

    /// <summary>P(level | records are the same person).</summary>
    public required IReadOnlyList<double> M { get; init; }

    /// <summary>P(level | records are different people).</summary>
    public required IReadOnlyList<double> U { get; init; }

    /// <summary>For term-frequency fields: each normalised value's share of the training records.</summary>
    public IReadOnlyDictionary<string, double>? TermFrequencies { get; init; }

    /// <summary>Records with a value for this field in the training data (the denominator of the term frequencies).</summary>
    public long NonMissingCount { get; init; }

    /// <summary>The match weight of a level in bits, log2(m/u), before any term-frequency adjustment.</summary>
    public double Weight(int level) => Math.Log2(M[level] / U[level]);
}
