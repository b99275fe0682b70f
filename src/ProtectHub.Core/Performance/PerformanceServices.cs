using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Performance;

public static class PerformanceServices
{
    /// <summary>Metrics, quarterly returns, delivery plans and the figures shown on dashboards.</summary>
    public static IServiceCollection AddPerformance(this IServiceCollection services)
    {
        services.AddScoped<MetricCatalogue>();
        services.AddScoped<MetricEngine>();
        services.AddScoped<MetricRecords>();
        services.AddScoped<ReturnWorkflow>();
        services.AddScoped<NationalReturns>();
        services.AddOptions<ReturnOptions>().BindConfiguration(ReturnOptions.Section);
        services.AddScoped<DeliveryPlans>();
        services.AddScoped<EffectivenessReview>();
        services.AddSingleton<SharedFigures>();
        services.AddScoped<MyFigures>();
        services.AddScoped<Regions.RegionFigures>();
        return services;
    }
}
