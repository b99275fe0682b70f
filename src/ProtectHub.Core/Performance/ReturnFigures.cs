namespace ProtectHub.Core.Performance;

/// <summary>
/// Computed figures for a region (or one force) and a period. This is what a submitted return freezes: it holds
/// every metric's definition as used, so the snapshot stays readable whatever the catalogue becomes.
/// </summary>
public sealed record ReturnFigures(int CatalogueVersion, string RegionCode, string? ForceCode, DateOnly FirstDay, DateOnly LastDay,
    DateTimeOffset ComputedAt, IReadOnlyList<MetricFigure> Metrics)
{
    public MetricFigure? Metric(string key) => Metrics.FirstOrDefault(m => m.Key == key);

    /// <summary>The figures as they may leave ProtectHub: every suppressed value (a small number about young people) blanked.</summary>
    public ReturnFigures Published() => this with { Metrics = Metrics.Select(m => m.Published()).ToList() };
}

public sealed record MetricFigure(string Key, string Name, string Definition, string Unit, MetricMeasure Measure, MetricSource Source,
    FigureValue Total, IReadOnlyList<Breakdown> Breakdowns)
{
    public MetricFigure Published() => this with
    {
        Total = Total.Published(),
        Breakdowns = Breakdowns.Select(b => b with { Rows = b.Rows.Select(r => r with { Value = r.Value.Published() }).ToList() }).ToList(),
    };
}

/// <summary>
/// A figure and what it is made of: for a mean the total and the count, for a share the part and the whole, for a
/// count or sum the figure itself over 1. National totals add parts and wholes, so means and shares combine exactly.
/// </summary>
public sealed record FigureValue(double? Value, double Numerator, double Denominator, long Records)
{
    public static FigureValue Empty { get; } = new(null, 0, 0, 0);

    /// <summary>
    /// Whether the figure is a small number (1 to 4 records, or a share of 1 to 4 of them) from a source about young
    /// people: shown as "&lt;5" and blanked in every export, so nobody can be singled out from it.
    /// </summary>
    public bool Suppressed { get; init; }

    public const int SuppressBelow = 5;

    /// <summary>"&lt;5" for a suppressed figure, else the figure.</summary>
    public string Shown(Func<double?, string> format) => Suppressed ? "<5" : format(Value);

    public FigureValue Published() => Suppressed ? new FigureValue(null, 0, 0, 0) { Suppressed = true } : this;

    /// <summary>Marks the figure suppressed when its records (or the part of a share) are between 1 and 4.</summary>
    public FigureValue SuppressedIfSmall(MetricMeasure measure) =>
        Records is > 0 and < SuppressBelow || (measure == MetricMeasure.Share && Numerator is > 0 and < SuppressBelow) ? this with { Suppressed = true } : this;
}

public sealed record Breakdown(string Field, string Label, IReadOnlyList<BreakdownRow> Rows);

public sealed record BreakdownRow(string Key, string Label, FigureValue Value);
