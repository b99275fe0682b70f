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

    /// <summary>
    /// A value held by more records than this is not evidence that they are one person (a care home's phone, a
    /// family's shared email, a placeholder nobody caught): it is treated as missing, and reported. Null takes the
    /// default for <see cref="Type"/> (<see cref="DefaultMaxRecordsPerValue"/>); 0 turns the check off.
    /// </summary>
    public int? MaxRecordsPerValue { get; init; }

    /// <summary>Email and phone: 30 records a value; other types (names, dates, places are shared by nature): no limit.</summary>
    public static int DefaultMaxRecordsPerValue(FieldType type) => type is FieldType.Email or FieldType.Phone ? 30 : 0;

    /// <summary>The limit that applies: <see cref="MaxRecordsPerValue"/> or the type's default; 0 for none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int RecordsPerValueLimit => MaxRecordsPerValue ?? DefaultMaxRecordsPerValue(Type);

    /// <summary>The CSV column actually read.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string SourceColumn => Column ?? Name;
}
