using ProtectHub.Core.Access;

namespace ProtectHub.Core.Performance;

/// <summary>The three strands a regional delivery plan is organised under.</summary>
public enum PlanStrand
{
    Protect,
    Prevent,
    FraudProtect,
}

/// <summary>
/// A region's evidence-based delivery plan for a financial year: objectives under the Protect, Prevent and Fraud
/// Protect strands, each with measurable targets tied to catalogue metrics. Progress is worked out from the records,
/// never typed in.
/// </summary>
public sealed class DeliveryPlan : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";

    /// <summary>The calendar year the financial year starts in (2026 for April 2026 to March 2027).</summary>
    public int Year { get; set; }

    public string Title { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
    public List<PlanObjective> Objectives { get; init; } = [];

    public DateOnly FirstDay => new(Year, 4, 1);

    public DateOnly LastDay => new(Year + 1, 3, 31);
}

public sealed class PlanObjective
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public PlanStrand Strand { get; set; }
    public string Text { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public List<PlanTarget> Targets { get; init; } = [];
}

/// <summary>
/// "Engage 400 SMEs in Lincolnshire": a catalogue metric, optionally for one force and one breakdown value, and the
/// figure to reach by the end of the year (or, when lower is better, to stay under).
/// </summary>
public sealed class PlanTarget
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ObjectiveId { get; set; }
    public string Description { get; set; } = "";
    public string MetricKey { get; set; } = "";
    public string? ForceCode { get; set; }
    public string? BreakdownField { get; set; }
    public string? BreakdownValue { get; set; }
    public double TargetValue { get; set; }
    public bool LowerIsBetter { get; set; }
    public string OwnerName { get; set; } = "";
}
