using ProtectHub.Core.Time;

namespace ProtectHub.Core.Performance;

/// <summary>
/// The records a set of figures covers: a period (inclusive days, and the same as UTC instants for timestamps) and
/// optionally one force area. The region comes from the caller's scope through the DbContext's query filter.
/// </summary>
public sealed record MetricScope(DateOnly FirstDay, DateOnly LastDay, string? ForceCode = null)
{
    public DateTimeOffset StartsAt => UkTime.StartOfDay(FirstDay);

    public DateTimeOffset EndsAt => UkTime.StartOfDay(LastDay.AddDays(1));

    public static MetricScope For(FinancialQuarter quarter, string? forceCode = null) => new(quarter.FirstDay, quarter.LastDay, forceCode);
}
