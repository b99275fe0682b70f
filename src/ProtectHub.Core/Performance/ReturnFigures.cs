namespace ProtectHub.Core.Performance;

/// <summary>
/// Computed figures for a region (or one force) and a period. This is what a submitted return freezes: it holds
/// every metric's definition as used, so the snapshot stays readable whatever the catalogue becomes.
/// </summary>
public sealed record ReturnFigures(int CatalogueVersion, string RegionCode, string? ForceCode, DateOnly FirstDay, DateOnly LastDay,
    DateTimeOffset ComputedAt, IReadOnlyList<MetricFigure> Metrics)
{
    public MetricFigure? Metric(string key) => Metrics.FirstOrDefault(m => m.Key == key);
}

public sealed record MetricFigure(string Key, string Name, string Definition, string Unit, MetricMeasure Measure, MetricSource Source,
    FigureValue Total, IReadOnlyList<Breakdown> Breakdowns);

/// <summary>
/// A figure and what it is made of: for a mean the total and the count, for a share the part and the whole, for a
/// count or sum the figure itself over 1. National totals add parts and wholes, so means and shares combine exactly.
/// </summary>
public sealed record FigureValue(double? Value, double Numerator, double Denominator, long Records)
{
    public static FigureValue Empty { get; } = new(null, 0, 0, 0);
}

public sealed record Breakdown(string Field, string Label, IReadOnlyList<BreakdownRow> Rows);

public sealed record BreakdownRow(string Key, string Label, FigureValue Value);
