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
        return services;
    }
}
