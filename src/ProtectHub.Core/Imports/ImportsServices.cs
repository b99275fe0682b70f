using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Imports;

public static class ImportsServices
{
    /// <summary>The import pipeline shared by every area's imports (each area registers its <see cref="IRecordImport"/>).</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<ImportRunner>();
        services.AddScoped<ImportUploads>();
        services.AddSingleton<ImportQueue>();
        return services;
    }
}
