using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Files;

public static class FilesServices
{
    /// <summary>The configured file store (<see cref="FileStoreSettings"/>), read when first asked for so test hosts can set it.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddScoped<IFileStore>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return FileStoreSettings.Kind(configuration) == FileStoreKind.Database
                ? new DatabaseFileStore(sp.GetRequiredService<ProtectHubDbContext>())
                : new FolderFileStore(FileStoreSettings.Folder(configuration));
        });
        return services;
    }
}
