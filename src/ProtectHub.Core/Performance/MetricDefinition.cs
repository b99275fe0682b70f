namespace ProtectHub.Core.Performance;

/// <summary>
/// One metric of the national catalogue, as data: which records it counts, which of them, how they become a figure and
/// how the figure is broken down. A change never edits a row: it retires it and adds the new definition under the next
/// catalogue version, so every submitted return can say exactly which definitions it used.
/// </summary>
public sealed class MetricDefinition
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable name across versions, used in exports and national aggregation (for example "people-reached").</summary>
    public string Key { get; set; } = "";

    /// <summary>The catalogue version that introduced this definition.</summary>
    public int Version { get; set; }

    /// <summary>The catalogue version that replaced or withdrew it; null while it is current.</summary>
    public int? RetiredInVersion { get; set; }

    public string Name { get; set; } = "";

    /// <summary>What it means, in plain English, for the people who read the return.</summary>
    public string Definition { get; set; } = "";

    /// <summary>What the figure counts: "engagements", "people", "£", "%", "working days".</summary>
    public string Unit { get; set; } = "";

    public MetricSource Source { get; set; }
    public MetricMeasure Measure { get; set; }

    /// <summary>The number field summed, averaged or whose median is taken; null for counts and shares.</summary>
    public string? ValueField { get; set; }

    /// <summary>Which records of the source count (all must hold).</summary>
    public List<MetricCondition> Conditions { get; set; } = [];

    /// <summary>For a share: the conditions the counted records must also meet to be in the percentage.</summary>
    public List<MetricCondition> ShareConditions { get; set; } = [];

    /// <summary>Category fields of the source the figure is broken down by.</summary>
    public List<string> Breakdowns { get; set; } = [];

    /// <summary>Where it sits in the return (lower first).</summary>
    public int Order { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
}

/// <summary>A category field of the source and the values it must have (any of them).</summary>
public sealed record MetricCondition(string Field, IReadOnlyList<string> Values)
{
    /// <summary>The form coordinators write and read: "Status = Delivered, Reviewed".</summary>
    public override string ToString() => $"{Field} = {string.Join(", ", Values.Select(v => v.Length == 0 ? "(none)" : v))}";
}
