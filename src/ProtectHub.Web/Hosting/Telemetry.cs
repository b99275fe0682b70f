using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ProtectHub.Core.Telemetry;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, EF Core, Npgsql and ProtectHub's import pipeline) exported over OTLP,
/// only when an endpoint is configured: the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and, as usual,
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>, <c>OTEL_EXPORTER_OTLP_HEADERS</c>), as an environment
/// variable or setting. Request logs carry the trace and span ids whether or not anything is exported.
/// </summary>
public static class Telemetry
{
    public static void Add(WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "protecthub", serviceInstanceId: Environment.MachineName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/lib") && !c.Request.Path.StartsWithSegments("/assets"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql()
                .AddSource(ProtectHubTelemetry.Name)
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(ProtectHubTelemetry.Name, "Npgsql")
                .AddOtlpExporter());
    }
}
