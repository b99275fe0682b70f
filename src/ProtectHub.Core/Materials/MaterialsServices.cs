using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Materials;

public static class MaterialsServices
{
    /// <summary>The materials library: materials and their versions (files through the file store), use in engagements, review reminders.</summary>
    public static IServiceCollection AddMaterials(this IServiceCollection services)
    {
        services.AddScoped<MaterialWriting>();
        services.AddScoped<MaterialLibrary>();
        services.AddScoped<MaterialReviews>();
        // The library's totals are shared until a material changes (a national one changes every region's).
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Materials, typeof(Material)));
        return services;
    }
}
