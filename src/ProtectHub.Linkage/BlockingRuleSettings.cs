namespace ProtectHub.Linkage;

/// <summary>
/// A blocking rule: two records become a candidate pair when all its keys are equal and present. Keys are field names or
/// derived keys: <c>first(field,n)</c>, <c>last(field,n)</c>, <c>soundex(field)</c>, <c>outward(field)</c>,
/// <c>sector(field)</c>, <c>year(field)</c>, <c>domain(field)</c>, <c>local(field)</c>.
/// </summary>
public sealed record BlockingRuleSettings
{
    /// <summary>A label for progress reports; defaults to the keys joined with " &amp; ".</summary>
    public string? Name { get; init; }

    /// <summary>The keys that must all agree.</summary>
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>The label used in reports.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => Name ?? string.Join(" & ", Keys);
}
