namespace ProtectHub.Linkage;

/// <summary>One compared field: where its values come from, how they are normalised and compared.</summary>
public sealed record FieldSettings
{
    /// <summary>The field's name, used in blocking rules and explanations.</summary>
    public required string Name { get; init; }

    /// <summary>The CSV column; defaults to <see cref="Name"/>.</summary>
    public string? Column { get; init; }

    /// <summary>What the field holds.</summary>
    public FieldType Type { get; init; } = FieldType.Text;

    /// <summary>Comparison levels in order, best first; an implicit "else" level follows. Null means the defaults for <see cref="Type"/>.</summary>
    public IReadOnlyList<ComparisonLevelSettings>? Levels { get; init; }

    /// <summary>Adjust the exact-match weight by how common the value is (a match on a rare surname counts for more).</summary>
    public bool TermFrequency { get; init; }

    /// <summary>How much of the term-frequency adjustment to apply, 0..1.</summary>
    public double TermFrequencyWeight { get; init; } = 1.0;

    /// <summary>The other field whose values may be swapped with this one (given name and surname); enables <see cref="ComparisonKind.Swapped"/>.</summary>
    public string? SwapWith { get; init; }

    /// <summary>The CSV column actually read.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string SourceColumn => Column ?? Name;
}
