using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ProtectHub.Core.Telemetry;

/// <summary>
/// ProtectHub's own traces and metrics (the import pipeline), beside those of ASP.NET Core, EF Core and Npgsql. They cost
/// nothing unless the web host exports them (OpenTelemetry over OTLP, when an endpoint is configured).
/// </summary>
public static class ProtectHubTelemetry
{
    public const string Name = "ProtectHub";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ImportedRows = Meter.CreateCounter<long>("protecthub.import.rows", "{row}",
        "Rows of imported files, by kind and outcome (imported, already held, updated, invalid)");

    public static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>("protecthub.import.duration", "s",
        "How long an import took, by kind");
}
