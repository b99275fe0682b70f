using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Campaigns;

public static class CampaignsServices
{
    /// <summary>Regional campaigns: their plan (posts, press pieces, engagements), results, and the calendar.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignPlanning>();
        services.AddScoped<CampaignResults>();
        services.AddScoped<CampaignList>();
        services.AddScoped<PostAnalyticsImport>();
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<PostAnalyticsImport>());
        return services;
    }
}
