using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Intelligence;

public static class IntelligenceServices
{
    /// <summary>Graded intelligence reports, their quality assurance and dissemination, requirements, the threat picture and industry submissions.</summary>
    public static IServiceCollection AddIntelligence(this IServiceCollection services)
    {
        services.AddScoped<IntelligenceDrafting>();
        services.AddScoped<IntelligenceQa>();
        services.AddScoped<IntelligenceList>();
        services.AddScoped<IntelligenceExport>();
        services.AddScoped<IntelligenceRequirements>();
        services.AddScoped<ThreatPicture>();
        services.AddScoped<IndustrySubmissions>();
        services.AddSingleton<IInterceptor, ApprovedReportGuard>();
        return services;
    }
}
