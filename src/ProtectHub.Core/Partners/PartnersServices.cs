using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Partners;

public static class PartnersServices
{
    /// <summary>Organisations and contacts, and their imports.</summary>
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<OrganisationList>();
        services.AddScoped<OrganisationTimeline>();
        services.AddScoped<OrganisationNames>();
        services.AddScoped<OrganisationProfile>();
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Organisations, typeof(Organisation), typeof(Membership)));
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Contacts, typeof(Contact)));
        services.AddScoped<ContactDirectory>();
        services.AddScoped<OrganisationImport>();
        services.AddScoped<ContactImport>();
        services.AddScoped<IRecordImport>(sp => sp.GetRequiredService<OrganisationImport>());
        services.AddScoped<IRecordImport>(sp => sp.GetRequiredService<ContactImport>());
        return services;
    }
}
